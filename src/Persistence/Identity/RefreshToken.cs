using Graph.Persistence.Model;

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
