using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Persistence.Outbox;

/// <summary>
/// Postgres mode: one dedicated connection LISTENs on the outbox channel and hands each announced event to
/// the sinks, in arrival (= commit) order. When the connection drops it reconnects with backoff and, before
/// resuming, re-reads the outbox for what was committed meanwhile, so a connected subscriber misses nothing.
/// </summary>
internal sealed class OutboxListener(
    NpgsqlDataSource dataSource,
    EventOutboxOptions options,
    IOutboxEventSink[] sinks,
    ILogger logger)
{
    /// <summary>The <c>application_name</c> of the listening connection (tests terminate it to force a reconnect).</summary>
    public const string ApplicationName = "graph-outbox-listener";

    private readonly RecentSequences _seen = new(capacity: 100_000);
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _maxSeen = -1;

    /// <summary>Completes once the first LISTEN is in place (events committed after that are delivered).</summary>
    public Task Listening => _listening.Task;

    /// <summary>How many times the listener connected (1 + reconnects), for diagnostics and tests.</summary>
    public int Connections { get; private set; }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = new Database.RetryBackoff(options.MinReconnectDelay, options.MaxReconnectDelay);
        DateTimeOffset? lostAt = null;
        var toldNotMigrated = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await ListenAsync(lostAt, backoff.Succeeded, stoppingToken);
                delay = backoff.Failed();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (_maxSeen < 0 && Migrations.DatabaseNotMigrated.Is(exception))
            {
                // Started before the first migration created event_outbox: nothing was lost, nothing to catch up.
                if (!toldNotMigrated)
                    logger.LogInformation("Outbox listener waits until the database is migrated");
                toldNotMigrated = true;
                delay = options.MinReconnectDelay;
            }
            catch (Exception exception)
            {
                lostAt ??= DateTimeOffset.UtcNow;
                delay = backoff.Failed();
                logger.LogWarning(exception, "Outbox listener lost its connection; reconnecting in {Delay} ms", (int)delay.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(DateTimeOffset? lostAt, Action connected, CancellationToken stoppingToken)
    {
        var notifications = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        try
        {
            await ListenOnAsync(connection, notifications, lostAt, connected, stoppingToken);
        }
        finally
        {
            await ForgetSessionAsync(connection);
        }
    }

    /// <summary>The pool resets nothing on return (<c>KeepSessionsOnReturn</c>): a connection going back healthy
    /// (the host stopping, an error of ours rather than the connection's) stops listening and drops its name first.</summary>
    private async Task ForgetSessionAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await ExecuteAsync(connection, "UNLISTEN *; RESET application_name", timeout.Token);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogDebug(exception, "Outbox listener could not reset its connection; it is discarded");
        }
    }

    private async Task ListenOnAsync(NpgsqlConnection connection, Channel<string> notifications, DateTimeOffset? lostAt, Action connected, CancellationToken stoppingToken)
    {
        connection.Notification += (_, e) => notifications.Writer.TryWrite(e.Payload);
        await ExecuteAsync(connection, $"SET application_name = '{ApplicationName}'", stoppingToken);
        await ExecuteAsync(connection, $"LISTEN \"{options.Channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", stoppingToken);
        Connections++;
        await OutboxDelivery.SetAsync(dataSource, options.Channel, options.InlinePayloadLimit, stoppingToken);

        // Listening first, then reading the table: whatever commits in between is both heard and read,
        // and the sequence check drops the second copy.
        if (_maxSeen < 0)
        {
            await using var max = dataSource.CreateCommand("SELECT coalesce(max(sequence), 0) FROM event_outbox");
            _maxSeen = (long)(await max.ExecuteScalarAsync(stoppingToken))!;
        }
        else
        {
            await CatchUpAsync((lostAt ?? DateTimeOffset.UtcNow) - options.CatchUpLookback, stoppingToken);
        }

        connected();
        _listening.TrySetResult();
        logger.LogInformation("Outbox listener is listening on {Channel}", options.Channel);
        while (true)
        {
            while (notifications.Reader.TryRead(out var payload))
                await DeliverAsync(payload, stoppingToken);
            if (!await connection.WaitAsync(options.HeartbeatInterval, stoppingToken))
                await ExecuteAsync(connection, "SELECT 1", stoppingToken); // a dead connection throws here
        }
    }

    private async Task CatchUpAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {OutboxRows.Columns} FROM event_outbox WHERE sequence > $1 OR created_at >= $2 ORDER BY sequence");
        command.Parameters.Add(new NpgsqlParameter { Value = _maxSeen });
        command.Parameters.Add(new NpgsqlParameter { Value = since });
        var missed = await OutboxRows.ReadAllAsync(command, cancellationToken);
        var delivered = 0;
        foreach (var outboxEvent in missed)
        {
            if (MarkSeen(outboxEvent.Sequence))
            {
                await EventOutbox.PublishAsync(sinks, [outboxEvent], logger, cancellationToken);
                delivered++;
            }
        }

        logger.LogInformation("Outbox listener caught up {Count} events committed while it was disconnected", delivered);
    }

    private async Task DeliverAsync(string payload, CancellationToken cancellationToken)
    {
        OutboxNotification notification;
        try
        {
            notification = OutboxNotification.Parse(payload);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            logger.LogWarning(exception, "Ignoring a malformed outbox notification");
            return;
        }

        if (!MarkSeen(notification.Sequence))
            return;
        var outboxEvent = notification.ToEvent() ?? await ReadAsync(notification.Id, cancellationToken);
        if (outboxEvent is not null)
            await EventOutbox.PublishAsync(sinks, [outboxEvent], logger, cancellationToken);
    }

    private async Task<OutboxEvent?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {OutboxRows.Columns} FROM event_outbox WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        var rows = await OutboxRows.ReadAllAsync(command, cancellationToken);
        return rows.Count > 0 ? rows[0] : null;
    }

    private bool MarkSeen(long sequence)
    {
        if (!_seen.Add(sequence))
            return false;
        _maxSeen = Math.Max(_maxSeen, sequence);
        return true;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

}
