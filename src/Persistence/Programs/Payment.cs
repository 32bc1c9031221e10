using Graph.Persistence.Identity;
using Graph.Persistence.Model;

namespace Graph.Persistence.Programs;

/// <summary>Money received (or attempted): for an installment, for an enrollment, or for a studio invoice
/// (seed 003). The invoice table comes with the Studio module: <see cref="InvoiceId"/> has no foreign key yet.</summary>
public sealed class Payment : Entity
{
    public Guid? EnrollmentId { get; set; }

    public Enrollment? Enrollment { get; set; }

    public Guid? InstallmentId { get; set; }

    public Installment? Installment { get; set; }

    public Guid? InvoiceId { get; set; }

    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; } = PaymentMethod.Online;

    /// <summary>The payment provider's reference.</summary>
    public string? TransactionId { get; set; }

    public PaymentStatus Status { get; set; } = PaymentStatus.Pending;

    /// <summary>When the money arrived (seed 003's processed_at).</summary>
    public DateTimeOffset? PaidAt { get; set; }

    public DateTimeOffset? RefundedAt { get; set; }

    public string? Notes { get; set; }

    public Guid? ProcessedById { get; set; }

    public User? ProcessedBy { get; set; }
}
