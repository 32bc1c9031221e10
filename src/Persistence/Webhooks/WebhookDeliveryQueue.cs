using Npgsql;

namespace Graph.Persistence.Webhooks;

/// <summary>
/// The due deliveries: a worker claims a batch with <c>FOR UPDATE SKIP LOCKED</c> and keeps the rows locked while it
/// sends them, so no other worker (of this server or another) sends them at the same time; the attempts and their
/// outcomes commit together. A worker that dies releases the rows unrecorded, and they are sent again.
/// </summary>
public sealed class WebhookDeliveryQueue(NpgsqlDataSource dataSource)
{
    private const string ClaimDue = """
        SELECT d.id, d.webhook_id, d.payload::text, d.attempt_count, d.created_at,
               w.url, w.secret, w.previous_secret, w.previous_secret_expires_at
        FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND w.enabled
        ORDER BY d.next_attempt_at
        LIMIT $1
        FOR UPDATE OF d SKIP LOCKED
        """;

    /// <summary>Claims up to <paramref name="batchSize"/> due deliveries; dispose the batch to release what it did not record.</summary>
    public async Task<ClaimedDeliveries> ClaimAsync(int batchSize, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ClaimDue, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
            var due = new List<DueDelivery>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    due.Add(new DueDelivery(
                        reader.GetGuid(0),
                        reader.GetGuid(1),
                        reader.GetString(2),
                        reader.GetInt32(3),
                        reader.GetFieldValue<DateTimeOffset>(4),
                        reader.GetString(5),
                        reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7),
                        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
                }
            }

            return new ClaimedDeliveries(connection, transaction, due);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// How many deliveries wait to be sent and how long the oldest has waited (seconds), for the queue gauges. Read when
    /// a metrics reader collects (about once a minute), briefly: a database that does not answer within a second reads as
    /// an empty queue rather than holding up the reader.
    /// </summary>
    public (long Depth, double OldestAgeSeconds) Backlog()
    {
        try
        {
            using var command = dataSource.CreateCommand(
                "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at))::float8, 0) FROM webhook_deliveries WHERE status = 'PENDING'");
            command.CommandTimeout = 1;
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetDouble(1));
        }
        catch (NpgsqlException)
        {
            return (0, 0);
        }
    }
}
