using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Persistence.Outbox;

/// <summary>
/// InProcess mode: publishes committed events that no writer claimed (a transaction committed without
/// <see cref="IEventOutbox.CommitAsync"/>, or a publish that failed), oldest first, after
/// <see cref="EventOutboxOptions.SweepDelay"/>.
/// </summary>
internal sealed class OutboxSweeper(NpgsqlDataSource dataSource, EventOutboxOptions options, IOutboxEventSink[] sinks, ILogger logger)
{
    private const string ClaimUnpublished = $"""
        UPDATE event_outbox SET published_at = now()
        WHERE id IN (SELECT id FROM event_outbox WHERE published_at IS NULL AND created_at < now() - $1
                     ORDER BY sequence LIMIT 1000 FOR UPDATE SKIP LOCKED)
        RETURNING {OutboxRows.Columns}
        """;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval);
        try
        {
            // At once, then every interval: the first sweep also tells the database to leave its own events to it.
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (Migrations.DatabaseNotMigrated.Is(exception))
                {
                    logger.LogDebug("Outbox sweep skipped: the database is not migrated yet");
                }
                catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
                {
                    logger.LogWarning(exception, "Outbox sweep failed; retrying in {Interval}", options.SweepInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private bool _deliverySet;

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        if (!_deliverySet)
        {
            await OutboxDelivery.SetAsync(dataSource, null, options.InlinePayloadLimit, cancellationToken);
            _deliverySet = true;
        }

        await using var command = dataSource.CreateCommand(ClaimUnpublished);
        command.Parameters.Add(new NpgsqlParameter { Value = options.SweepDelay });
        var claimed = await OutboxRows.ReadAllAsync(command, cancellationToken);
        claimed.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        await EventOutbox.PublishAsync(sinks, claimed, logger, cancellationToken);
    }
}
