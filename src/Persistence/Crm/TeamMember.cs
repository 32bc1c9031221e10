using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A salesperson tracked for KPIs (seed 002); separate from the login, optionally linked to one.</summary>
public sealed class TeamMember : Entity
{
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public TeamMemberRole Role { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The deals this member closed.</summary>
    public List<Enrollment> Enrollments { get; set; } = [];

    /// <summary>The calls this member hosted.</summary>
    public List<SalesCall> SalesCalls { get; set; } = [];

    public List<DailyMetric> DailyMetrics { get; set; } = [];
}

public sealed class TeamMemberConfiguration() : EntityConfiguration<TeamMember>("team_members")
{
    public override RowRule Readers { get; } = RowRule.For<TeamMember>(
        "the member themselves; ADMIN, SALES, MARKETING, ANALYST",
        (m, v) => v.HasAny(Admin, Sales, Marketing, Analyst) || m.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<TeamMember> builder)
    {
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.Role).IsEnumText();
    }
}
