using Graph.Persistence.Model;
using Npgsql;

namespace Graph.Persistence.Webhooks;

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
