namespace Graph.Server.Realtime;

/// <summary>
/// Decides whether a realtime connection may run operations: the WebSocket <c>connection_init</c> payload
/// (its <c>authorization</c> entry, <c>"Bearer &lt;token&gt;"</c>) or an SSE request's Authorization header.
/// The identity issue implements it; the default accepts everyone anonymously.
/// </summary>
public interface IConnectionAuthenticator
{
    ValueTask<ConnectionAuthentication> AuthenticateAsync(ConnectionAuthenticationContext context, CancellationToken cancellationToken);
}
