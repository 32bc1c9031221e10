using Graph.Persistence.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Webhooks;

public sealed class WebhookDeliveryAttemptConfiguration() : EntityConfiguration<WebhookDeliveryAttempt>("webhook_delivery_attempts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.HasOne(a => a.Delivery).WithMany(d => d.Attempts).HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.AttemptedAt).HasDefaultValueSql("now()");
    }
}
