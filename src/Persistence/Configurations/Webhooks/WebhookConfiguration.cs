using Graph.Persistence.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Webhooks;

public sealed class WebhookConfiguration() : EntityConfiguration<Webhook>("webhooks")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Webhook> builder)
    {
        builder.HasOne(w => w.Owner).WithMany().HasForeignKey(w => w.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.OwnerId);
        builder.HasIndex(w => w.Topic).HasFilter("enabled");
        builder.Property(w => w.DisabledReason).IsEnumText();
    }
}
