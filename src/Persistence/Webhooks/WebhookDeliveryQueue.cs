using Graph.Persistence.Model;
using Npgsql;

namespace Graph.Persistence.Webhooks;

/// <summary>A delivery a worker claimed, with what sending it needs.</summary>
public sealed record DueDelivery(
    Guid Id,
    Guid WebhookId,
    string Payload,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    string Url,
    string Secret,
    string? PreviousSecret,
    DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>One POST and what came back (<see cref="StatusCode"/> null when no response came).</summary>
public sealed record DeliveryAttemptRecord(DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? ResponseSnippet, string? Error);

public enum DeliveryVerdict
{
    Succeeded,

    /// <summary>Failed; attempted again at <see cref="DeliveryOutcome.NextAttemptAt"/>.</summary>
    Retry,

    /// <summary>Failed for good (the last attempt).</summary>
    Failed,

    /// <summary>The receiver answered 410: failed for good, and the webhook is disabled.</summary>
    Gone,
}

public sealed record DeliveryOutcome(DeliveryVerdict Verdict, DateTimeOffset? NextAttemptAt = null);

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
}

/// <summary>A worker's locked batch: record each attempt, then commit.</summary>
public sealed class ClaimedDeliveries(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<DueDelivery> deliveries) : IAsyncDisposable
{
    private const string InsertAttempt = """
        INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, status_code, duration_ms, response_snippet, error)
        VALUES ($1, $2, $3, $4, $5, $6)
        """;

    private const string UpdateDelivery = """
        UPDATE webhook_deliveries
        SET attempt_count = attempt_count + 1, status = $2, next_attempt_at = $3,
            completed_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END
        WHERE id = $1
        """;

    private const string Recovered = "UPDATE webhooks SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL";

    private const string Gone = """
        UPDATE webhooks SET enabled = false, disabled_reason = 'GONE', disabled_at = now() WHERE id = $1 AND enabled
        """;

    // Every right-hand side reads the row as it was: a webhook failing since before the window is disabled now.
    private const string StillFailing = """
        UPDATE webhooks
        SET failing_since = coalesce(failing_since, now()),
            enabled = enabled AND NOT coalesce(failing_since < now() - $2, false),
            disabled_reason = CASE WHEN enabled AND failing_since < now() - $2 THEN 'FAILING' ELSE disabled_reason END,
            disabled_at = CASE WHEN enabled AND failing_since < now() - $2 THEN now() ELSE disabled_at END
        WHERE id = $1
        """;

    public IReadOnlyList<DueDelivery> Deliveries { get; } = deliveries;

    /// <param name="disableAfter">How long a webhook may fail continuously before it is disabled.</param>
    public async Task RecordAsync(DueDelivery delivery, DeliveryAttemptRecord attempt, DeliveryOutcome outcome, TimeSpan disableAfter, CancellationToken cancellationToken)
    {
        await ExecuteAsync(InsertAttempt, cancellationToken,
            delivery.Id, attempt.AttemptedAt, attempt.StatusCode, attempt.DurationMs, attempt.ResponseSnippet, attempt.Error);
        var status = outcome.Verdict switch
        {
            DeliveryVerdict.Succeeded => WebhookDeliveryStatus.Succeeded,
            DeliveryVerdict.Retry => WebhookDeliveryStatus.Pending,
            _ => WebhookDeliveryStatus.Failed,
        };
        await ExecuteAsync(UpdateDelivery, cancellationToken,
            delivery.Id, EnumValues<WebhookDeliveryStatus>.ToSql(status), outcome.Verdict == DeliveryVerdict.Retry ? outcome.NextAttemptAt : null);
        await (outcome.Verdict switch
        {
            DeliveryVerdict.Succeeded => ExecuteAsync(Recovered, cancellationToken, delivery.WebhookId),
            DeliveryVerdict.Gone => ExecuteAsync(Gone, cancellationToken, delivery.WebhookId),
            _ => ExecuteAsync(StillFailing, cancellationToken, delivery.WebhookId, disableAfter),
        });
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
