using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Graph.Persistence.Webhooks;

/// <summary>
/// Turns outbox events into webhook deliveries, each event exactly once: a batch of underived events is claimed
/// with <c>FOR UPDATE SKIP LOCKED</c> (so several servers share the work), each matching webhook's payload is made
/// by the caller, and the deliveries are inserted and the events marked derived in the same transaction. A crash
/// rolls all of it back; deriving again inserts nothing twice (unique webhook and event).
/// </summary>
public sealed class WebhookEventDerivation(NpgsqlDataSource dataSource)
{
    private const string ClaimEvents = $"""
        SELECT {OutboxRows.Columns} FROM event_outbox WHERE webhooks_derived_at IS NULL
        ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED
        """;

    private const string Targets = """
        SELECT w.id, w.owner_id, u.roles, w.subscription, w.topic, w.created_at
        FROM webhooks w JOIN users u ON u.id = w.owner_id
        WHERE w.enabled AND w.topic = ANY($1)
        """;

    private const string InsertDeliveries = """
        INSERT INTO webhook_deliveries (webhook_id, event_id, topic, payload, next_attempt_at)
        SELECT d.w, d.e, d.t, d.p, now() FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::json[]) AS d (w, e, t, p)
        ON CONFLICT (webhook_id, event_id) DO NOTHING
        """;

    private const string MarkDerived = "UPDATE event_outbox SET webhooks_derived_at = now() WHERE id = ANY($1)";

    /// <summary>
    /// Derives up to <paramref name="batchSize"/> events. <paramref name="payloadFor"/> answers the JSON a webhook is
    /// sent for an event, or null when its document selects nothing (the event is then not delivered to it).
    /// </summary>
    /// <returns>How many events were derived and how many deliveries that made.</returns>
    public async Task<(int Events, int Deliveries)> DeriveAsync(
        int batchSize, Func<OutboxEvent, WebhookTarget, CancellationToken, ValueTask<string?>> payloadFor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        List<OutboxEvent> events;
        await using (var claim = new NpgsqlCommand(ClaimEvents, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = batchSize });
            events = await OutboxRows.ReadAllAsync(claim, cancellationToken);
        }

        if (events.Count == 0)
            return (0, 0);

        var targets = await ReadTargetsAsync(connection, transaction, events, cancellationToken);
        var webhookIds = new List<Guid>();
        var eventIds = new List<long>();
        var topics = new List<string>();
        var payloads = new List<string>();
        foreach (var outboxEvent in events)
        {
            foreach (var target in targets)
            {
                if (!target.Matches(outboxEvent) || await payloadFor(outboxEvent, target, cancellationToken) is not { } payload)
                    continue;
                webhookIds.Add(target.Id);
                eventIds.Add(outboxEvent.Sequence);
                topics.Add(outboxEvent.Topic);
                payloads.Add(payload);
            }
        }

        var inserted = 0;
        if (webhookIds.Count > 0)
        {
            await using var insert = new NpgsqlCommand(InsertDeliveries, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = webhookIds.ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = eventIds.ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = topics.ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = payloads.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json });
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var mark = new NpgsqlCommand(MarkDerived, connection, transaction))
        {
            mark.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Id).ToArray() });
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (events.Count, inserted);
    }

    private static async Task<List<WebhookTarget>> ReadTargetsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<OutboxEvent> events, CancellationToken cancellationToken)
    {
        var topics = events.SelectMany(e => new[] { e.Topic, OutboxTopics.FieldOf(e.Topic) }).Distinct().ToArray();
        await using var command = new NpgsqlCommand(Targets, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = topics });
        var targets = new List<WebhookTarget>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            targets.Add(new WebhookTarget(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetFieldValue<string[]>(2).Select(EnumValues<Role>.FromSql).ToArray(),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return targets;
    }
}
