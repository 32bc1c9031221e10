using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Studio;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Programs;

/// <summary>One student for seeds 000, 002 and 003. A student need not sign in (a child in therapy), so
/// the profile carries its own name and contact; <see cref="UserId"/> links an account when there is one.
/// A music student (seed 003) belongs to a studio, optionally to a family and has a primary teacher.</summary>
public sealed class Student : Entity
{
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public Guid? StudioId { get; set; }

    public Studio.Studio? Studio { get; set; }

    public Guid? FamilyId { get; set; }

    public Family? Family { get; set; }

    public Guid? PrimaryTeacherId { get; set; }

    public Teacher? PrimaryTeacher { get; set; }

    public string FirstName { get; set; } = "";

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Instrument { get; set; }

    public List<string> Specialties { get; set; } = [];

    public string? EmergencyContactName { get; set; }

    public string? EmergencyContactPhone { get; set; }

    public DateOnly? EnrollmentDate { get; set; }

    public string? Notes { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid? ConvertedFromLeadId { get; set; }

    public Lead? ConvertedFromLead { get; set; }

    public List<Enrollment> Enrollments { get; set; } = [];

    /// <summary>Upsell calls with this student.</summary>
    public List<SalesCall> SalesCalls { get; set; } = [];

    public List<AttendanceLog> AttendanceLogs { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];

    /// <summary>The signed code the student shows at the center's scanner; null until issued, replaced (the old one
    /// revoked) by issuing again, cleared by revoking.</summary>
    public string? AttendanceQrToken { get; set; }
}

public sealed class StudentConfiguration() : EntityConfiguration<Student>("students")
{
    public override RowRule Readers { get; } = RowRule.For<Student>(
        "the student themselves; their family's contact; ADMIN, SALES; TEACHER their studios' students and those they teach",
        (s, v) => v.HasAny(Admin, Sales) || (v.Has(Role.Teacher) && StudioAccess.TeacherSeesStudent(s.Id, v.UserId)) || s.UserId == v.UserId || (s.FamilyId != null && StudioAccess.IsParentOfStudent(s.Id, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<Student> builder)
    {
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Studio).WithMany(studio => studio.Students).HasForeignKey(s => s.StudioId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.Family).WithMany(f => f.Students).HasForeignKey(s => s.FamilyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.PrimaryTeacher).WithMany(t => t.Students).HasForeignKey(s => s.PrimaryTeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasIndex(s => s.ConvertedFromLeadId).IsUnique();
        builder.HasIndex(s => s.AttendanceQrToken).IsUnique();
        builder.HasOne(s => s.ConvertedFromLead).WithMany().HasForeignKey(s => s.ConvertedFromLeadId).OnDelete(DeleteBehavior.SetNull);
        builder.PrimitiveCollection(s => s.Specialties).IsRequired();
    }
}
