using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>
/// An ad campaign (seed 002). Its totals are kept by the database from its daily <see cref="AdPerformance"/> rows (a
/// trigger, in the same transaction) and <see cref="Roas"/> is a generated column: revenue / spend, null without spend.
/// </summary>
public sealed class AdCampaign : Entity
{
    public string Name { get; set; } = "";

    public AdPlatform Platform { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal? Budget { get; set; }

    public bool IsActive { get; set; } = true;

    public decimal TotalSpend { get; set; }

    public decimal TotalRevenue { get; set; }

    /// <summary>Return on ad spend over the campaign's life.</summary>
    public decimal? Roas { get; set; }

    public List<AdPerformance> Performance { get; set; } = [];
}

public sealed class AdCampaignConfiguration() : EntityConfiguration<AdCampaign>("ad_campaigns")
{
    public const string RoasSql = "CASE WHEN total_spend > 0 THEN round(total_revenue / total_spend, 4) END";

    public override RowRule Readers { get; } = RowRule.For<AdCampaign>(
        "ADMIN, MARKETING, ANALYST", (c, v) => v.HasAny(Admin, Marketing, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<AdCampaign> builder)
    {
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Platform).IsEnumText();
        builder.Property(c => c.Budget).IsMoney();
        builder.Property(c => c.TotalSpend).IsMoney().ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.TotalRevenue).IsMoney().ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.Roas).HasPrecision(12, 4).HasComputedColumnSql(RoasSql, stored: true);
    }
}
