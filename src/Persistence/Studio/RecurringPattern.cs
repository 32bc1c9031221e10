using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A standing lesson slot (seed 003). The database generates its lessons (a trigger, in the same statement): on the
/// weekday at the time in the studio's time zone, up to the end date or the studio's horizon. Changing the pattern
/// makes its lessons still to come again; deactivating it cancels them.
/// </summary>
public sealed class RecurringPattern : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public Guid TeacherId { get; set; }

    public Teacher Teacher { get; set; } = null!;

    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    public RecurrenceFrequency Frequency { get; set; } = RecurrenceFrequency.Weekly;

    public DayOfWeek DayOfWeek { get; set; }

    /// <summary>Seed 003's time: the wall-clock start in the studio's time zone.</summary>
    public TimeOnly StartTime { get; set; }

    public int DurationMinutes { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public LessonType LessonType { get; set; } = LessonType.Private;

    public string? Location { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Lesson> Lessons { get; set; } = [];
}

public sealed class RecurringPatternConfiguration() : EntityConfiguration<RecurringPattern>("recurring_patterns")
{
    public override RowRule Readers { get; } = RowRule.For<RecurringPattern>(
        "ADMIN; its teacher; its student; the student's family contact",
        (p, v) => v.Has(Admin) || StudioAccess.IsTeacherSelf(p.TeacherId, v.UserId) || StudioAccess.IsStudentSelf(p.StudentId, v.UserId)
            || StudioAccess.IsParentOfStudent(p.StudentId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<RecurringPattern> builder)
    {
        builder.HasOne(p => p.Studio).WithMany().HasForeignKey(p => p.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Teacher).WithMany().HasForeignKey(p => p.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Student).WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Frequency).IsEnumText();
        builder.Property(p => p.DayOfWeek).IsEnumText();
        builder.Property(p => p.LessonType).IsEnumText();
    }
}
