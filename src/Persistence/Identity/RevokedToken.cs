using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Identity;

/// <summary>An access token revoked before it expires (seed 001's token_blacklist), by its <c>jti</c>;
/// rows past <see cref="ExpiresAt"/> can be purged.</summary>
public sealed class RevokedToken : Entity
{
    public string Jti { get; set; } = "";

    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

public sealed class RevokedTokenConfiguration() : EntityConfiguration<RevokedToken>("revoked_tokens")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RevokedToken> builder)
    {
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Jti).IsUnique();
    }
}
