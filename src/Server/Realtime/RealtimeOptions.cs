namespace Graph.Server.Realtime;

/// <summary>Settings of the WebSocket and SSE transports, bound from the <c>Subscriptions</c> section.</summary>
public sealed class RealtimeOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>How long a socket may stay open without <c>connection_init</c> (graphql-transport-ws closes with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The legacy protocol's <c>ka</c> interval and the SSE comment heartbeat.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>graphql-transport-ws: when set, the server sends <c>ping</c> at this interval (clients answer <c>pong</c>).</summary>
    public TimeSpan? PingInterval { get; set; }

    /// <summary>
    /// Messages waiting to be written to one socket or event stream. A client that lets it fill is closed
    /// (WebSocket code 1013 "Try Again Later"; an SSE response is aborted) so it never holds back others.
    /// </summary>
    public int OutboundQueueCapacity { get; set; } = 256;

    /// <summary>Events buffered per subscriber on the topic bus before it counts as overflowed (same outcome as above).</summary>
    public int SubscriberBufferCapacity { get; set; } = 256;

    /// <summary>The largest message a client may send (bytes); larger ones close the socket with 1009.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>Operations one connection may run at once; more are answered with an error.</summary>
    public int MaxOperationsPerConnection { get; set; } = 200;

    /// <summary>How long a close waits for a stuck write (a slow client) before the connection is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>graphql-sse single connection mode: how long a reservation (PUT) waits for its event stream.</summary>
    public TimeSpan SseReservationTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>graphql-sse single connection mode: how many reservations one client address may hold that no event
    /// stream has connected to yet; past it a reservation is refused with 429.</summary>
    public int SseMaxPendingReservationsPerClient { get; set; } = 16;
}
