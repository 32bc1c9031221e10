using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// One lesson of a student with a teacher (seed 003; seed 000's therapy sessions too). Its status moves along a state
/// machine; a cancelled lesson has a reason (a CHECK). A teacher is never booked twice at once: the database excludes
/// two live lessons of one teacher whose spans, each extended by the teacher's booking buffer, overlap.
/// </summary>
public sealed class Lesson : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public Guid TeacherId { get; set; }

    public Teacher Teacher { get; set; } = null!;

    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    public DateTimeOffset ScheduledStart { get; set; }

    public DateTimeOffset ScheduledEnd { get; set; }

    /// <summary>When the lesson began (set on IN_PROGRESS).</summary>
    public DateTimeOffset? ActualStart { get; set; }

    /// <summary>When the lesson ended (set on COMPLETED).</summary>
    public DateTimeOffset? ActualEnd { get; set; }

    /// <summary>The room or online platform.</summary>
    public string? Location { get; set; }

    public LessonType LessonType { get; set; } = LessonType.Private;

    public LessonStatus Status { get; set; } = LessonStatus.Scheduled;

    /// <summary>The pattern that generated the lesson, if one did.</summary>
    public Guid? RecurringPatternId { get; set; }

    public RecurringPattern? RecurringPattern { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>The scheduled length in minutes (a generated column).</summary>
    public int DurationMinutes { get; set; }

    /// <summary>The scheduled end plus the teacher's booking buffer (kept by a trigger): no other lesson of the
    /// teacher may start before it.</summary>
    public DateTimeOffset TeacherBlockedUntil { get; set; }

    public List<LessonNote> Notes { get; set; } = [];
}

public sealed class LessonConfiguration() : EntityConfiguration<Lesson>("lessons")
{
    public override RowRule Readers { get; } = RowRule.For<Lesson>(
        "ADMIN; its teacher; its student; the student's family contact",
        (l, v) => v.Has(Admin) || StudioAccess.IsTeacherSelf(l.TeacherId, v.UserId) || StudioAccess.IsStudentSelf(l.StudentId, v.UserId)
            || StudioAccess.IsParentOfStudent(l.StudentId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Lesson> builder)
    {
        builder.HasOne(l => l.Studio).WithMany().HasForeignKey(l => l.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Teacher).WithMany(t => t.Lessons).HasForeignKey(l => l.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Student).WithMany(s => s.Lessons).HasForeignKey(l => l.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.RecurringPattern).WithMany(p => p.Lessons).HasForeignKey(l => l.RecurringPatternId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.RecurringPatternId, l.ScheduledStart }).IsUnique();
        builder.Property(l => l.LessonType).IsEnumText();
        builder.Property(l => l.Status).IsEnumText();
        builder.Property(l => l.DurationMinutes).HasComputedColumnSql("((extract(epoch FROM scheduled_end - scheduled_start) / 60)::integer)", stored: true);
        builder.Property(l => l.TeacherBlockedUntil).ValueGeneratedOnAddOrUpdate();
    }
}
