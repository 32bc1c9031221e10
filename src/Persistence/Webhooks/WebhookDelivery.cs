using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Webhooks;

/// <summary>One outbox event for one webhook: derived once (unique per webhook and event), attempted until it succeeds or fails.</summary>
public sealed class WebhookDelivery : Entity
{
    public Guid WebhookId { get; set; }

    public Webhook Webhook { get; set; } = null!;

    /// <summary>The outbox event's sequence.</summary>
    public long EventId { get; set; }

    public string Topic { get; set; } = "";

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;

    public int AttemptCount { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>JSON: the subscription document's result for the event (<c>data</c> and <c>errors</c>).</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>When it succeeded or failed for good.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public List<WebhookDeliveryAttempt> Attempts { get; set; } = [];
}

public sealed class WebhookDeliveryConfiguration() : EntityConfiguration<WebhookDelivery>("webhook_deliveries")
{
    public override RowRule Readers { get; } = RowRule.For<WebhookDelivery>(
        "as its webhook",
        (d, v) => v.Has(Admin) || d.Webhook.OwnerId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne(d => d.Webhook).WithMany(w => w.Deliveries).HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Status).IsEnumText();
        builder.Property(d => d.Payload).HasColumnType("json");
        builder.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
    }
}
