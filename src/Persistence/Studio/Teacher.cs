using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Studio;

/// <summary>A teacher's profile at a studio (seed 003): one per user account.</summary>
public sealed class Teacher : Entity
{
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public string? Bio { get; set; }

    /// <summary>Instruments and subjects taught.</summary>
    public List<string> Specialties { get; set; } = [];

    /// <summary>The default lesson rate.</summary>
    public decimal? HourlyRate { get; set; }

    public bool IsAcceptingStudents { get; set; } = true;

    /// <summary>Minutes kept free after each lesson: no other lesson of the teacher starts within them.</summary>
    public int BookingBufferMinutes { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Lesson> Lessons { get; set; } = [];

    /// <summary>The students whose primary teacher this is.</summary>
    public List<Student> Students { get; set; } = [];
}

public sealed class TeacherConfiguration() : EntityConfiguration<Teacher>("teachers")
{
    public override RowRule Readers { get; } = RowRule.For<Teacher>(
        "every staff role; the teacher themselves; the students, family contacts and teachers of their studio",
        (t, v) => v.HasAny(RowAccessRules.Staff) || t.UserId == v.UserId || StudioAccess.SeesStudioTeacher(t.UserId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Teacher> builder)
    {
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasOne(t => t.Studio).WithMany(s => s.Teachers).HasForeignKey(t => t.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.PrimitiveCollection(t => t.Specialties).IsRequired();
        builder.Property(t => t.HourlyRate).IsMoney();
    }
}
