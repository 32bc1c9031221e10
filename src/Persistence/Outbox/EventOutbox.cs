using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Graph.Persistence.Outbox;

/// <summary>The PostgreSQL <see cref="IEventOutbox"/> for both delivery modes.</summary>
public sealed class EventOutbox(
    NpgsqlDataSource dataSource,
    IOptions<EventOutboxOptions> options,
    IEnumerable<IOutboxEventSink> sinks,
    ILogger<EventOutbox> logger) : IEventOutbox
{
    // The table's trigger sends the NOTIFY of a row that names a channel (Postgres mode): queued in the transaction,
    // delivered on commit.
    private const string Insert = """
        INSERT INTO event_outbox (topic, payload, published_at, notify_channel, notify_limit) VALUES ($1, $2, $3, $4, $5)
        RETURNING id, sequence, created_at
        """;

    /// <summary>Claim-then-publish: whoever's UPDATE marks the row publishes it, so the writer and the
    /// sweeper never both do.</summary>
    internal const string Claim = $"""
        UPDATE event_outbox SET published_at = now() WHERE id = ANY($1) AND published_at IS NULL
        RETURNING {OutboxRows.Columns}
        """;

    private static readonly JsonSerializerOptions PayloadSerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly EventOutboxOptions _options = options.Value;
    private readonly IOutboxEventSink[] _sinks = sinks.ToArray();
    private readonly ConditionalWeakTable<DbTransaction, List<Guid>> _pending = new();

    public EventDeliveryMode Mode => _options.Mode;

    public Task<OutboxEvent> AddAsync<TPayload>(DbTransaction transaction, string topic, TPayload payload, CancellationToken cancellationToken = default) =>
        AddAsync(transaction, topic, JsonSerializer.SerializeToElement(payload, PayloadSerializerOptions), cancellationToken);

    public async Task<OutboxEvent> AddAsync(DbTransaction transaction, string topic, JsonElement payload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var npgsqlTransaction = transaction as NpgsqlTransaction
            ?? throw new ArgumentException("The event outbox writes through an NpgsqlTransaction.", nameof(transaction));
        var connection = npgsqlTransaction.Connection
            ?? throw new InvalidOperationException("The transaction has already completed.");
        var postgres = _options.Mode == EventDeliveryMode.Postgres;
        await using var command = new NpgsqlCommand(Insert, connection, npgsqlTransaction);
        command.Parameters.Add(new NpgsqlParameter { Value = topic });
        command.Parameters.Add(new NpgsqlParameter { Value = payload.GetRawText(), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = postgres ? DateTimeOffset.UtcNow : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = postgres ? _options.Channel : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = postgres ? _options.InlinePayloadLimit : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var written = new OutboxEvent(reader.GetGuid(0), reader.GetInt64(1), topic, payload.Clone(), reader.GetFieldValue<DateTimeOffset>(2));
        if (!postgres)
        {
            var pending = _pending.GetOrCreateValue(transaction);
            lock (pending)
                pending.Add(written.Id);
        }

        return written;
    }

    public OutboxEntry Entry<TPayload>(string topic, TPayload payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var postgres = _options.Mode == EventDeliveryMode.Postgres;
        return new OutboxEntry
        {
            Id = Guid.CreateVersion7(),
            Topic = topic,
            Payload = JsonSerializer.Serialize(payload, PayloadSerializerOptions),
            PublishedAt = postgres ? DateTimeOffset.UtcNow : null,
            NotifyChannel = postgres ? _options.Channel : null,
            NotifyLimit = postgres ? _options.InlinePayloadLimit : null,
        };
    }

    public async Task PublishSavedAsync(IReadOnlyCollection<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        if (_options.Mode == EventDeliveryMode.Postgres || entries.Count == 0)
            return;
        try
        {
            await ClaimAndPublishAsync([.. entries.Select(e => e.Id)], cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(exception, "Publishing {Count} committed outbox events failed; the sweeper will publish them", entries.Count);
        }
    }

    public async Task CommitAsync(DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        await transaction.CommitAsync(cancellationToken);
        await PublishCommittedAsync(transaction, cancellationToken);
    }

    public async Task PublishCommittedAsync(DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        if (!_pending.TryGetValue(transaction, out var pending))
            return;
        _pending.Remove(transaction);
        Guid[] ids;
        lock (pending)
            ids = pending.ToArray();
        try
        {
            await ClaimAndPublishAsync(ids, cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The change is committed; the sweeper publishes what this could not claim.
            logger.LogWarning(exception, "Publishing {Count} committed outbox events failed; the sweeper will publish them", ids.Length);
        }
    }

    private async Task ClaimAndPublishAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        List<OutboxEvent> claimed;
        await using (var command = dataSource.CreateCommand(Claim))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ids });
            claimed = await OutboxRows.ReadAllAsync(command, cancellationToken);
        }

        claimed.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        await PublishAsync(_sinks, claimed, logger, cancellationToken);
    }

    /// <summary>Hands events to every sink in order; a failing sink is logged and does not stop the others.</summary>
    internal static async Task PublishAsync(IOutboxEventSink[] sinks, IReadOnlyList<OutboxEvent> events, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var outboxEvent in events)
        {
            foreach (var sink in sinks)
            {
                try
                {
                    await sink.PublishAsync(outboxEvent, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Outbox sink {Sink} failed on event {Sequence} ({Topic})", sink.GetType().Name, outboxEvent.Sequence, outboxEvent.Topic);
                }
            }
        }
    }
}
