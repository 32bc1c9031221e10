using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A team member's KPIs for one day (seed 002): one row per member and date.</summary>
public sealed class DailyMetric : Entity
{
    public Guid TeamMemberId { get; set; }

    public TeamMember TeamMember { get; set; } = null!;

    public DateOnly Date { get; set; }

    public int Calls { get; set; }

    public int Conversations { get; set; }

    public int Booked { get; set; }

    public int Offers { get; set; }

    public int Closes { get; set; }

    /// <summary>Cash collected that day.</summary>
    public decimal Cash { get; set; }
}

public sealed class DailyMetricConfiguration() : EntityConfiguration<DailyMetric>("daily_metrics")
{
    public override RowRule Readers { get; } = RowRule.For<DailyMetric>(
        "ADMIN, ANALYST; the team member themselves",
        (m, v) => v.HasAny(Admin, Analyst) || m.TeamMember.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<DailyMetric> builder)
    {
        builder.HasOne(m => m.TeamMember).WithMany(t => t.DailyMetrics).HasForeignKey(m => m.TeamMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.TeamMemberId, m.Date }).IsUnique();
        builder.Property(m => m.Cash).IsMoney();
    }
}
