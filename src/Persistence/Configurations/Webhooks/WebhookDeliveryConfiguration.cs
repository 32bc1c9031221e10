using Graph.Persistence.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Webhooks;

public sealed class WebhookDeliveryConfiguration() : EntityConfiguration<WebhookDelivery>("webhook_deliveries")
{
    protected override void ConfigureEntity(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne(d => d.Webhook).WithMany(w => w.Deliveries).HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Status).IsEnumText();
        builder.Property(d => d.Payload).HasColumnType("json");
        builder.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
    }
}
