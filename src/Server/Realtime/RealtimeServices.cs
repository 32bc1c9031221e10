using Microsoft.Extensions.Options;

namespace Graph.Server.Realtime;

/// <summary>What every realtime transport needs, resolved once per endpoint.</summary>
internal sealed class RealtimeServices(
    RealtimeExecutor executor,
    IConnectionAuthenticator authenticator,
    IOptions<RealtimeOptions> options,
    EventStreamReservations reservations,
    ILoggerFactory loggerFactory)
{
    public RealtimeExecutor Executor { get; } = executor;

    public IConnectionAuthenticator Authenticator { get; } = authenticator;

    public RealtimeOptions Options { get; } = options.Value;

    public EventStreamReservations Reservations { get; } = reservations;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("Graph.Server.Realtime");
}
