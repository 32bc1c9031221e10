using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Persistence.Outbox;

/// <summary>
/// Runs the delivery of the configured mode: the LISTEN connection (Postgres) or the sweeper (InProcess).
/// Idle when no sink is registered (nothing would consume the events).
/// </summary>
public sealed class OutboxDeliveryService : BackgroundService
{
    private readonly OutboxListener? _listener;
    private readonly OutboxSweeper? _sweeper;

    public OutboxDeliveryService(
        NpgsqlDataSource dataSource,
        IOptions<EventOutboxOptions> options,
        IEnumerable<IOutboxEventSink> sinks,
        ILogger<OutboxDeliveryService> logger)
    {
        var sinkArray = sinks.ToArray();
        if (sinkArray.Length == 0)
            return;
        if (options.Value.Mode == EventDeliveryMode.Postgres)
            _listener = new OutboxListener(dataSource, options.Value, sinkArray, logger);
        else
            _sweeper = new OutboxSweeper(dataSource, options.Value, sinkArray, logger);
    }

    /// <summary>Completes when events committed from now on will be delivered (at once in InProcess mode).</summary>
    public Task Ready => _listener?.Listening ?? Task.CompletedTask;

    /// <summary>How often the listener connected (1 + reconnects); 0 without a listener.</summary>
    public int ListenerConnections => _listener?.Connections ?? 0;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _listener?.RunAsync(stoppingToken) ?? _sweeper?.RunAsync(stoppingToken) ?? Task.CompletedTask;
}
