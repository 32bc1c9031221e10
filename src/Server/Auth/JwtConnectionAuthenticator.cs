using Graph.Server.Realtime;

namespace Graph.Server.Auth;

/// <summary>WebSocket <c>connection_init</c> / SSE credentials: no token is anonymous, an invalid one is refused (4403).</summary>
public sealed class JwtConnectionAuthenticator(JwtTokenService tokens) : IConnectionAuthenticator
{
    public async ValueTask<ConnectionAuthentication> AuthenticateAsync(ConnectionAuthenticationContext context, CancellationToken cancellationToken)
    {
        if (context.Authorization is null)
            return ConnectionAuthentication.Anonymous;
        if (context.BearerToken is not { Length: > 0 } token)
            return ConnectionAuthentication.Reject();
        return await tokens.ValidateAsync(token, cancellationToken) is { } valid
            ? ConnectionAuthentication.Accept(valid.User, valid.ExpiresAt)
            : ConnectionAuthentication.Reject();
    }
}
