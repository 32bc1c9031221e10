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

    /// <summary>An APPROVED checkout past its due date becomes OVERDUE by itself.</summary>
    public static OverdueRule PastDue { get; } = OverdueRule.For<CheckoutLog, CheckoutStatus>(CheckoutLogStatusSubscriptions.Field, [Approved], CheckoutStatus.Overdue);
}
