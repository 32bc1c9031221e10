using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Programs;

/// <summary>A student's purchase of a program: seed 002's Enrollment and seed 000's student_subscriptions.</summary>
public sealed class Enrollment : Entity
{
    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    /// <summary>Seed 000's therapy_program_id.</summary>
    public Guid ProgramId { get; set; }

    public Program Program { get; set; } = null!;

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int FreezeDaysAllowed { get; set; }

    public int FreezeDaysUsed { get; set; }

    public PlanType PlanType { get; set; } = PlanType.Pif;

    /// <summary>Total value of the sale.</summary>
    public decimal ContractValue { get; set; }

    public Guid? CloserId { get; set; }

    public TeamMember? Closer { get; set; }

    public Guid? SetterId { get; set; }

    public TeamMember? Setter { get; set; }

    public EnrollmentStatus Status { get; set; } = EnrollmentStatus.Active;

    /// <summary>The day the current freeze began (null unless FROZEN by freezeEnrollment).</summary>
    public DateOnly? FrozenOn { get; set; }

    /// <summary>The day the current freeze ends; resuming earlier gives back the days not used.</summary>
    public DateOnly? FrozenUntil { get; set; }

    public List<Installment> Installments { get; set; } = [];

    public List<Payment> Payments { get; set; } = [];
}

public sealed class EnrollmentConfiguration() : EntityConfiguration<Enrollment>("enrollments")
{
    public override RowRule Readers { get; } = RowRule.For<Enrollment>(
        "its student; ADMIN, SALES; TEACHER as they read the student",
        (e, v) => v.HasAny(Admin, Sales) || (v.Has(Teacher) && Studio.StudioAccess.TeacherSeesStudent(e.StudentId, v.UserId)) || e.Student.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasOne(e => e.Student).WithMany(s => s.Enrollments).HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Program).WithMany(p => p.Enrollments).HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Closer).WithMany(m => m.Enrollments).HasForeignKey(e => e.CloserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Setter).WithMany().HasForeignKey(e => e.SetterId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.PlanType).IsEnumText();
        builder.Property(e => e.ContractValue).IsMoney();
        builder.Property(e => e.Status).IsEnumText();
    }
}
