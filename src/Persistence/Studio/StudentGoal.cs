using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>A goal a teacher set with a student (seed 003), and how far the student has come.</summary>
public sealed class StudentGoal : Entity
{
    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    /// <summary>The goal's creator.</summary>
    public Guid? TeacherId { get; set; }

    public Teacher? Teacher { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly? TargetDate { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Active;

    /// <summary>0 to 100.</summary>
    public int ProgressPercentage { get; set; }
}

public sealed class StudentGoalConfiguration() : EntityConfiguration<StudentGoal>("student_goals")
{
    public override RowRule Readers { get; } = RowRule.For<StudentGoal>(
        "ADMIN; the teachers of the student's studio; the student; the student's family contact",
        (g, v) => v.Has(Admin) || StudioAccess.IsStudentSelf(g.StudentId, v.UserId) || StudioAccess.IsParentOfStudent(g.StudentId, v.UserId)
            || (v.Has(Role.Teacher) && g.TeacherId != null && StudioAccess.IsTeacherSelf(g.TeacherId.Value, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<StudentGoal> builder)
    {
        builder.HasOne(g => g.Student).WithMany().HasForeignKey(g => g.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Teacher).WithMany().HasForeignKey(g => g.TeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(g => g.Status).IsEnumText();
    }
}
