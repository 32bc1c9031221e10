using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>A reusable lesson plan (seed 003): its author's, shared with the studio's other teachers when public.</summary>
public sealed class LessonPlan : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    /// <summary>The plan's author.</summary>
    public Guid TeacherId { get; set; }

    public Teacher Teacher { get; set; } = null!;

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The instrument or subject.</summary>
    public string? Specialty { get; set; }

    public int? DurationMinutes { get; set; }

    public JsonElement? Objectives { get; set; }

    public JsonElement? Materials { get; set; }

    public JsonElement? Activities { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>Shared with the studio's other teachers.</summary>
    public bool IsPublic { get; set; }
}

public sealed class LessonPlanConfiguration() : EntityConfiguration<LessonPlan>("lesson_plans")
{
    public override RowRule Readers { get; } = RowRule.For<LessonPlan>(
        "ADMIN; its author; the studio's teachers when public",
        (p, v) => v.Has(Admin) || StudioAccess.IsTeacherSelf(p.TeacherId, v.UserId)
            || (p.IsPublic && v.Has(Role.Teacher) && StudioAccess.TeachesAtStudio(p.StudioId, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<LessonPlan> builder)
    {
        builder.HasOne(p => p.Studio).WithMany().HasForeignKey(p => p.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Teacher).WithMany().HasForeignKey(p => p.TeacherId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Objectives).HasColumnType("jsonb");
        builder.Property(p => p.Materials).HasColumnType("jsonb");
        builder.Property(p => p.Activities).HasColumnType("jsonb");
        builder.PrimitiveCollection(p => p.Tags).IsRequired();
    }
}
