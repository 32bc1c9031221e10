using System.Security.Claims;

namespace Graph.Server.Realtime;

/// <summary>The verdict of an <see cref="IConnectionAuthenticator"/>.</summary>
public sealed class ConnectionAuthentication
{
    private ConnectionAuthentication(bool accepted, ClaimsPrincipal? user, DateTimeOffset? expiresAt, IReadOnlyDictionary<string, object?>? contextData, string? reason)
    {
        IsAccepted = accepted;
        User = user ?? new ClaimsPrincipal(new ClaimsIdentity());
        ExpiresAt = expiresAt;
        ContextData = contextData;
        RejectionReason = reason;
    }

    public bool IsAccepted { get; }

    /// <summary>The caller (unauthenticated when anonymous); resolvers find it in ContextData under "ClaimsPrincipal".</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>When the credentials stop being valid: the transport then closes the connection (4403 / ends the stream).</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Extra request state for every operation of the connection.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; }

    public string? RejectionReason { get; }

    public static ConnectionAuthentication Anonymous { get; } = new(true, null, null, null, null);

    public static ConnectionAuthentication Accept(ClaimsPrincipal user, DateTimeOffset? expiresAt = null, IReadOnlyDictionary<string, object?>? contextData = null) =>
        new(true, user, expiresAt, contextData, null);

    /// <summary>Refuses the connection: WebSocket close 4403 Forbidden, SSE 403.</summary>
    public static ConnectionAuthentication Reject(string reason = "Forbidden") => new(false, null, null, null, reason);
}
