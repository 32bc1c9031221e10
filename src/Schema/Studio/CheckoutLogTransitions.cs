using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.CheckoutStatus;

namespace Graph.Schema.Studio;

/// <summary>A requested checkout is approved or cancelled; an approved one is returned, or overdue and then returned.</summary>
public static class CheckoutLogTransitions
{
    public static StatusTransitions<CheckoutStatus> Table { get; } = new StatusTransitions<CheckoutStatus>()
        .From(Pending, Approved, Cancelled)
        .From(Approved, Returned, Overdue)
        .From(Overdue, Returned)
        .From(Returned)
        .From(Cancelled);
}
