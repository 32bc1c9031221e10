namespace Graph.Server.RateLimiting;

/// <summary>
/// <c>RateLimits</c>: fixed windows of requests per signed-in user and per client address (anonymous callers), and a
/// stricter one per address for sign-in operations. Over a limit the answer is 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>The window every limit counts in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests per window for one signed-in user (by the token's subject), wherever they come from.</summary>
    public int SignedInPermitLimit { get; set; } = 1200;

    /// <summary>Requests per window for one client address without a user: anonymous intake is stricter.</summary>
    public int AnonymousPermitLimit { get; set; } = 300;

    /// <summary>Sign-in operations (<see cref="SignInFields"/>) per window for one client address.</summary>
    public int SignInPermitLimit { get; set; } = 20;

    /// <summary>The root mutation fields that count as sign-in.</summary>
    public string[] SignInFields { get; set; } = ["login", "register", "refreshToken"];

    /// <summary>Paths no limit applies to (health probes).</summary>
    public string[] ExemptPaths { get; set; } = ["/health"];

    internal bool IsValid => Window > TimeSpan.Zero && SignedInPermitLimit > 0 && AnonymousPermitLimit > 0 && SignInPermitLimit > 0;
}
