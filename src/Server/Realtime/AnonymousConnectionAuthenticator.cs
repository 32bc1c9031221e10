namespace Graph.Server.Realtime;

/// <summary>The default until the identity issue lands: every connection is accepted, anonymously.</summary>
public sealed class AnonymousConnectionAuthenticator : IConnectionAuthenticator
{
    public ValueTask<ConnectionAuthentication> AuthenticateAsync(ConnectionAuthenticationContext context, CancellationToken cancellationToken) =>
        new(ConnectionAuthentication.Anonymous);
}
