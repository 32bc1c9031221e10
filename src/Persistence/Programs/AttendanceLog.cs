using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Programs;

/// <summary>
/// One QR scan (seed 000's attendance_logs): a center check-in or check-out, or a check-in to a lesson. Append-only.
/// </summary>
public sealed class AttendanceLog : Entity
{
    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    /// <summary>Seed 000's session_id: the lesson of a session check-in.</summary>
    public Guid? LessonId { get; set; }

    public Studio.Lesson? Lesson { get; set; }

    public AttendanceEventType EventType { get; set; }

    /// <summary>Seed 000's timestamp: when the code was scanned.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    public Guid? RecordedById { get; set; }

    public User? RecordedBy { get; set; }
}

public sealed class AttendanceLogConfiguration() : EntityConfiguration<AttendanceLog>("attendance_logs")
{
    public override RowRule Readers { get; } = RowRule.For<AttendanceLog>(
        "the student themselves; ADMIN; TEACHER as they read the student",
        (a, v) => v.Has(Admin) || (v.Has(Teacher) && Studio.StudioAccess.TeacherSeesStudent(a.StudentId, v.UserId)) || a.Student.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<AttendanceLog> builder)
    {
        builder.HasOne(a => a.Student).WithMany(s => s.AttendanceLogs).HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Lesson).WithMany().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.RecordedBy).WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.EventType).IsEnumText();
    }
}
