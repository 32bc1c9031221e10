using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Identity;

/// <summary>A refresh token, stored only as a hash. Rotation replaces a token by another of the same
/// family; presenting a revoked token of a family means theft, and the whole family is revoked.</summary>
public sealed class RefreshToken : Entity
{
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>SHA-256 of the token, hex; unique.</summary>
    public string TokenHash { get; set; } = "";

    public Guid FamilyId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The token this one was rotated into.</summary>
    public Guid? ReplacedById { get; set; }

    public RefreshToken? ReplacedBy { get; set; }
}

public sealed class RefreshTokenConfiguration() : EntityConfiguration<RefreshToken>("refresh_tokens")
{
    protected override void ConfigureEntity(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.HasOne(t => t.User).WithMany(u => u.RefreshTokens).HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.ReplacedBy).WithMany().HasForeignKey(t => t.ReplacedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
