using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.InvoiceStatus;

namespace Graph.Schema.Studio;

/// <summary>
/// The moves a caller asks for: a draft is sent or cancelled; a sent or overdue invoice with nothing paid is cancelled.
/// PARTIAL, PAID and OVERDUE are the database's, from the payments and the due date (a sent invoice already past its
/// due date goes straight to OVERDUE).
/// </summary>
public static class InvoiceTransitions
{
    public static StatusTransitions<InvoiceStatus> Table { get; } = new StatusTransitions<InvoiceStatus>()
        .From(Draft, Sent, Cancelled)
        .From(Sent, Cancelled)
        .From(Overdue, Cancelled)
        .From(Partial)
        .From(Paid)
        .From(Cancelled);

    /// <summary>A SENT or PARTIAL invoice past its due date becomes OVERDUE by itself.</summary>
    public static OverdueRule PastDue { get; } = OverdueRule.For<Invoice, InvoiceStatus>(InvoiceStatusSubscriptions.Field, [Sent, Partial], InvoiceStatus.Overdue);
}
