using Graph.Persistence.Model;

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
