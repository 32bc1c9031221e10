using System.Text.Json;

namespace Graph.Server.Realtime;

/// <summary>What an <see cref="IConnectionAuthenticator"/> sees of a connecting client.</summary>
/// <param name="HttpContext">The upgrade request (WebSocket) or the request itself (SSE).</param>
/// <param name="Authorization">
/// The credentials: the <c>authorization</c> (or <c>Authorization</c>) string of the <c>connection_init</c>
/// payload on WebSockets, the Authorization header on SSE; null when absent.
/// </param>
/// <param name="Payload">The whole <c>connection_init</c> payload (undefined for SSE or when absent).</param>
/// <param name="Transport">"graphql-transport-ws", "graphql-ws" or "graphql-sse".</param>
public sealed record ConnectionAuthenticationContext(HttpContext HttpContext, string? Authorization, JsonElement Payload, string Transport)
{
    /// <summary>The token of a <c>Bearer</c> authorization, else null.</summary>
    public string? BearerToken =>
        Authorization is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;
}
