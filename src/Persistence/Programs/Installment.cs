using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Programs;

/// <summary>A scheduled payment of a split plan (seed 000's installment_plans, seed 002's Installment).</summary>
public sealed class Installment : Entity
{
    /// <summary>Seed 000's subscription_id.</summary>
    public Guid EnrollmentId { get; set; }

    public Enrollment Enrollment { get; set; } = null!;

    /// <summary>Seed 000's total_amount.</summary>
    public decimal Amount { get; set; }

    public DateOnly DueDate { get; set; }

    public decimal AmountPaid { get; set; }

    public InstallmentStatus Status { get; set; } = InstallmentStatus.Pending;

    /// <summary>When the installment became fully paid.</summary>
    public DateTimeOffset? PaidAt { get; set; }

    public List<Payment> Payments { get; set; } = [];
}

public sealed class InstallmentConfiguration() : EntityConfiguration<Installment>("installments")
{
    public override RowRule Readers { get; } = RowRule.For<Installment>(
        "as its enrollment",
        (i, v) => v.HasAny(Admin, Sales) || (v.Has(Teacher) && Studio.StudioAccess.TeacherSeesStudent(i.Enrollment.StudentId, v.UserId))
            || i.Enrollment.Student.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<Installment> builder)
    {
        builder.HasOne(i => i.Enrollment).WithMany(e => e.Installments).HasForeignKey(i => i.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Amount).IsMoney();
        builder.Property(i => i.AmountPaid).IsMoney();
        builder.Property(i => i.Status).IsEnumText();
    }
}
