namespace Graph.Server.Realtime;

/// <summary>WebSocket close codes the transports send (see docs/subscriptions.md).</summary>
public static class RealtimeCloseCodes
{
    public const int NormalClosure = 1000;

    /// <summary>A message larger than <see cref="RealtimeOptions.MaxMessageSize"/>.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>Legacy protocol: an unexpected server error (what subscriptions-transport-ws sends).</summary>
    public const int InternalError = 1011;

    /// <summary>"Try Again Later": the client read too slowly and its queue overflowed. graphql-ws clients retry it.</summary>
    public const int TryAgainLater = 1013;

    /// <summary>graphql-transport-ws: an invalid message.</summary>
    public const int BadRequest = 4400;

    /// <summary>graphql-transport-ws: subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The authenticator rejected <c>connection_init</c>, or the connection's credentials expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>No supported subprotocol was requested.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    public const int ConnectionInitialisationTimeout = 4408;

    public const int SubscriberAlreadyExists = 4409;

    public const int TooManyInitialisationRequests = 4429;

    /// <summary>graphql-transport-ws: an unexpected server error (graphql-ws's InternalServerError).</summary>
    public const int InternalServerError = 4500;
}
