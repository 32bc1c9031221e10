using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Webhooks;

/// <summary>One POST of a delivery and what came back.</summary>
public sealed class WebhookDeliveryAttempt : Entity
{
    /// <summary>At most this many characters of the response body are kept.</summary>
    public const int SnippetLength = 1024;

    public Guid DeliveryId { get; set; }

    public WebhookDelivery Delivery { get; set; } = null!;

    /// <summary>Null when no response came.</summary>
    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? ResponseSnippet { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }
}

public sealed class WebhookDeliveryAttemptConfiguration() : EntityConfiguration<WebhookDeliveryAttempt>("webhook_delivery_attempts")
{
    public override RowRule Readers { get; } = RowRule.For<WebhookDeliveryAttempt>(
        "as its webhook",
        (a, v) => v.Has(Admin) || a.Delivery.Webhook.OwnerId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.HasOne(a => a.Delivery).WithMany(d => d.Attempts).HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.AttemptedAt).HasDefaultValueSql("now()");
    }
}
