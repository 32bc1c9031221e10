using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Programs;

/// <summary>Money received (or attempted): for an installment, for an enrollment, or for a studio invoice
/// (seed 003); a PAID payment counts towards its invoice's amount paid (the database recounts it).</summary>
public sealed class Payment : Entity
{
    public Guid? EnrollmentId { get; set; }

    public Enrollment? Enrollment { get; set; }

    public Guid? InstallmentId { get; set; }

    public Installment? Installment { get; set; }

    public Guid? InvoiceId { get; set; }

    public Studio.Invoice? Invoice { get; set; }

    public decimal Amount { get; set; }

    public PaymentMethodKind Method { get; set; } = PaymentMethodKind.Online;

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

public sealed class PaymentConfiguration() : EntityConfiguration<Payment>("payments")
{
    public override RowRule Readers { get; } = RowRule.For<Payment>(
        "the student of its enrollment or installment; the payer of its studio invoice; ADMIN, SALES",
        (p, v) => v.HasAny(Admin, Sales) || p.Enrollment!.Student.UserId == v.UserId || p.Installment!.Enrollment.Student.UserId == v.UserId
            || (p.InvoiceId != null && Studio.StudioAccess.PaysInvoice(p.InvoiceId.Value, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<Payment> builder)
    {
        builder.HasOne(p => p.Enrollment).WithMany(e => e.Payments).HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Installment).WithMany(i => i.Payments).HasForeignKey(p => p.InstallmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Invoice).WithMany(i => i.Payments).HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(p => p.ProcessedBy).WithMany().HasForeignKey(p => p.ProcessedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Amount).IsMoney();
        builder.Property(p => p.Method).IsEnumText();
        builder.Property(p => p.Status).IsEnumText();
    }
}
