using Graph.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Identity;

public sealed class RevokedTokenConfiguration() : EntityConfiguration<RevokedToken>("revoked_tokens")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RevokedToken> builder)
    {
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Jti).IsUnique();
    }
}
