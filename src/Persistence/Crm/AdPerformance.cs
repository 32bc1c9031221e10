using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A campaign's stats for one day (seed 002); <see cref="Roas"/> is generated: revenue / spend, null without spend.</summary>
public sealed class AdPerformance : Entity
{
    public Guid CampaignId { get; set; }

    public AdCampaign Campaign { get; set; } = null!;

    public DateOnly Date { get; set; }

    public decimal Spend { get; set; }

    public int Impressions { get; set; }

    public int Clicks { get; set; }

    public int Leads { get; set; }

    public decimal Revenue { get; set; }

    public decimal? Roas { get; set; }
}

public sealed class AdPerformanceConfiguration() : EntityConfiguration<AdPerformance>("ad_performance")
{
    public override RowRule Readers { get; } = RowRule.For<AdPerformance>(
        "ADMIN, MARKETING, ANALYST", (p, v) => v.HasAny(Admin, Marketing, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<AdPerformance> builder)
    {
        builder.HasOne(p => p.Campaign).WithMany(c => c.Performance).HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CampaignId, p.Date }).IsUnique();
        builder.Property(p => p.Spend).IsMoney();
        builder.Property(p => p.Revenue).IsMoney();
        builder.Property(p => p.Roas).HasPrecision(12, 4).HasComputedColumnSql("CASE WHEN spend > 0 THEN round(revenue / spend, 4) END", stored: true);
    }
}
