using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>A teacher's notes on a lesson (seed 003); the student and the parent see them only when marked visible to them.</summary>
public sealed class LessonNote : Entity
{
    public Guid LessonId { get; set; }

    public Lesson Lesson { get; set; } = null!;

    /// <summary>The author.</summary>
    public Guid TeacherId { get; set; }

    public Teacher Teacher { get; set; } = null!;

    public string Summary { get; set; } = "";

    public JsonElement? TopicsCovered { get; set; }

    public JsonElement? Assignments { get; set; }

    public JsonElement? Strengths { get; set; }

    public JsonElement? Challenges { get; set; }

    public string? Homework { get; set; }

    public bool VisibleToStudent { get; set; } = true;

    public bool VisibleToParent { get; set; } = true;
}

public sealed class LessonNoteConfiguration() : EntityConfiguration<LessonNote>("lesson_notes")
{
    public override RowRule Readers { get; } = RowRule.For<LessonNote>(
        "ADMIN; its author; the student when visible to students; the family contact when visible to parents",
        (n, v) => v.Has(Admin) || StudioAccess.IsTeacherSelf(n.TeacherId, v.UserId)
            || (n.VisibleToStudent && StudioAccess.IsStudentSelf(n.Lesson.StudentId, v.UserId))
            || (n.VisibleToParent && StudioAccess.IsParentOfStudent(n.Lesson.StudentId, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<LessonNote> builder)
    {
        builder.HasOne(n => n.Lesson).WithMany(l => l.Notes).HasForeignKey(n => n.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Teacher).WithMany().HasForeignKey(n => n.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.TopicsCovered).HasColumnType("jsonb");
        builder.Property(n => n.Assignments).HasColumnType("jsonb");
        builder.Property(n => n.Strengths).HasColumnType("jsonb");
        builder.Property(n => n.Challenges).HasColumnType("jsonb");
    }
}
