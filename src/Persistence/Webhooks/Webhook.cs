using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Webhooks;

/// <summary>A user's URL and subscription document; events the document selects are posted to the URL, signed.</summary>
public sealed class Webhook : Entity
{
    /// <summary>Who registered it: the document runs with this user's permissions.</summary>
    public Guid OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public string Url { get; set; } = "";

    /// <summary>A GraphQL document with one subscription operation.</summary>
    public string Subscription { get; set; } = "";

    /// <summary>The outbox topic the document listens to (set at registration; see 0007_webhooks.sql).</summary>
    public string Topic { get; set; } = "";

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Why the server disabled it; null while enabled or when the owner disabled it.</summary>
    public WebhookDisabledReason? DisabledReason { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The signing secret as given to the owner (<c>whsec_…</c>); it must sign, so it is not hashed.</summary>
    public string Secret { get; set; } = "";

    public string? PreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public DateTimeOffset? FailingSince { get; set; }

    public List<WebhookDelivery> Deliveries { get; set; } = [];
}

public sealed class WebhookConfiguration() : EntityConfiguration<Webhook>("webhooks")
{
    public override RowRule Readers { get; } = RowRule.For<Webhook>(
        "its owner; ADMIN",
        (w, v) => v.Has(Admin) || w.OwnerId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<Webhook> builder)
    {
        builder.HasOne(w => w.Owner).WithMany().HasForeignKey(w => w.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.OwnerId);
        builder.HasIndex(w => w.Topic).HasFilter("enabled");
        builder.Property(w => w.DisabledReason).IsEnumText();
    }
}
