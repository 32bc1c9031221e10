using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.ResourceCheckoutStatus;

namespace Graph.Schema.Studio;

/// <summary>A checked-out copy is returned, overdue or lost; an overdue one is returned or lost.</summary>
public static class ResourceCheckoutTransitions
{
    public static StatusTransitions<ResourceCheckoutStatus> Table { get; } = new StatusTransitions<ResourceCheckoutStatus>()
        .From(CheckedOut, Returned, Overdue, Lost)
        .From(Overdue, Returned, Lost)
        .From(Returned)
        .From(Lost);

    /// <summary>A checked-out copy past its due date becomes OVERDUE by itself.</summary>
    public static OverdueRule PastDue { get; } = OverdueRule.For<ResourceCheckout, ResourceCheckoutStatus>(ResourceCheckoutStatusSubscriptions.Field, [CheckedOut], ResourceCheckoutStatus.Overdue);
}
