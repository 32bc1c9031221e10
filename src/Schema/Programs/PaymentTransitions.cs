using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Programs.PaymentStatus;

namespace Graph.Schema.Programs;

/// <summary>A pending payment is received (PAID) or FAILED; a paid one is REFUNDED. Those are final.</summary>
public static class PaymentTransitions
{
    public static StatusTransitions<PaymentStatus> Table { get; } = new StatusTransitions<PaymentStatus>()
        .From(Pending, Paid, Failed)
        .From(Paid, Refunded)
        .From(Failed)
        .From(Refunded);
}
