namespace Graph.Schema.Identity.Auth;

/// <summary>Sign-in settings (section <c>Identity</c>).</summary>
public sealed class IdentityAuthOptions
{
    public const string Section = "Identity";

    /// <summary>Consecutive failed logins that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public string Issuer { get; set; } = "graph";

    public string Audience { get; set; } = "graph";

    /// <summary>The HS256 key, base64 (at least 256 bits). Absent in Development or with the embedded database, a key is
    /// generated once and kept under <see cref="DevelopmentKeyPath"/>; absent in Production, the server does not start.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Where the generated development key is kept (relative to the current directory, beside the embedded
    /// cluster's <c>.data/postgres</c>).</summary>
    public string DevelopmentKeyPath { get; set; } = ".data/identity-signing-key";

    /// <summary>How long a token id's revocation verdict is cached (logouts on this server apply at once).</summary>
    public TimeSpan RevocationCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an account's state (active, locked, roles) is trusted before a token of it is checked again:
    /// how long a deactivated, locked, deleted or demoted account keeps its old reach on another server.</summary>
    public TimeSpan AccountStateCacheDuration { get; set; } = TimeSpan.FromSeconds(2);
}
