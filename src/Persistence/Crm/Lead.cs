using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A prospect, the union of seeds 000 (a parent booking an evaluation for a child), 002
/// (marketing attribution) and 004 (scored patient leads). Soft deleted: <see cref="DeletedAt"/>
/// hides the row from every query unless the query ignores filters (<see cref="ISoftDeleted"/>).</summary>
public sealed class Lead : Entity, ISoftDeleted
{
    /// <summary>The contact person (seed 000's parent_name).</summary>
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    /// <summary>Seed 000's parent_contact.</summary>
    public string? Phone { get; set; }

    /// <summary>Whom the lead is about when not the contact (seed 000's child_name).</summary>
    public string? SubjectName { get; set; }

    /// <summary>Seed 000's child_dob.</summary>
    public DateOnly? SubjectDateOfBirth { get; set; }

    public LeadStatus Status { get; set; } = LeadStatus.New;

    public string? Source { get; set; }

    public string? Campaign { get; set; }

    public string? Medium { get; set; }

    /// <summary>Seed 004's lead_score.</summary>
    public int Score { get; set; }

    public Guid? AssignedToId { get; set; }

    public User? AssignedTo { get; set; }

    /// <summary>The lead's own account, when it has one (seed 004's user_id).</summary>
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    /// <summary>Seed 000's evaluation_date.</summary>
    public DateTimeOffset? EvaluationAt { get; set; }

    public string? Notes { get; set; }

    public Guid? ConvertedStudentId { get; set; }

    public Student? ConvertedStudent { get; set; }

    public DateTimeOffset? ConvertedAt { get; set; }

    /// <summary>Seed 004's deleted flag: set means deleted.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public List<SalesCall> SalesCalls { get; set; } = [];
}

public sealed class LeadConfiguration() : EntityConfiguration<Lead>("leads")
{
    public override RowRule Readers { get; } = RowRule.For<Lead>(
        "ADMIN, SALES, MARKETING, ANALYST",
        (l, v) => v.HasAny(Admin, Sales, Marketing, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<Lead> builder)
    {
        builder.HasOne(l => l.AssignedTo).WithMany().HasForeignKey(l => l.AssignedToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.ConvertedStudent).WithMany().HasForeignKey(l => l.ConvertedStudentId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(l => l.Status).IsEnumText();
    }
}
