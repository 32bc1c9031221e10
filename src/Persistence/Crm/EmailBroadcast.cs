using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A newsletter sent (seed 002's simple tracking), optionally part of a campaign.</summary>
public sealed class EmailBroadcast : Entity
{
    public string Subject { get; set; } = "";

    /// <summary>Who it went to, in words (a list or segment name).</summary>
    public string? Audience { get; set; }

    /// <summary>Null while a draft.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public int Recipients { get; set; }

    public int Opens { get; set; }

    public int Clicks { get; set; }

    public Guid? CampaignId { get; set; }

    public AdCampaign? Campaign { get; set; }
}

public sealed class EmailBroadcastConfiguration() : EntityConfiguration<EmailBroadcast>("email_broadcasts")
{
    public override RowRule Readers { get; } = RowRule.For<EmailBroadcast>(
        "ADMIN, MARKETING, ANALYST", (b, v) => v.HasAny(Admin, Marketing, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<EmailBroadcast> builder) =>
        builder.HasOne(b => b.Campaign).WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.SetNull);
}
