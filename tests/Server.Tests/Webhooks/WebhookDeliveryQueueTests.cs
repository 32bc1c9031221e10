using Graph.Persistence.Webhooks;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Webhooks;

/// <summary>Claiming and recording deliveries on real PostgreSQL.</summary>
public sealed class WebhookDeliveryQueueTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan DisableAfter = TimeSpan.FromHours(1);

    [Fact]
    public async Task Two_workers_never_claim_the_same_delivery_and_a_disabled_webhooks_are_not_claimed()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connection);
        var webhook = await WebhookRows.WebhookAsync(connection);
        var disabled = await WebhookRows.WebhookAsync(connection, enabled: false);
        var expected = new HashSet<Guid>();
        for (var i = 0; i < 10; i++)
            expected.Add(await WebhookRows.DeliveryAsync(connection, webhook, i));
        await WebhookRows.DeliveryAsync(connection, disabled, 1);

        var queue = new WebhookDeliveryQueue(dataSource);
        await using var first = await queue.ClaimAsync(6, CancellationToken.None);
        await using var second = await queue.ClaimAsync(6, CancellationToken.None);
        await using var third = await queue.ClaimAsync(6, CancellationToken.None);

        Assert.Equal(6, first.Deliveries.Count);
        Assert.Equal(4, second.Deliveries.Count);
        Assert.Empty(third.Deliveries);
        Assert.Equal(expected, first.Deliveries.Concat(second.Deliveries).Select(d => d.Id).ToHashSet());
    }

    [Fact]
    public async Task A_success_completes_the_delivery_logs_the_attempt_and_ends_the_failing_streak()
    {
        var (connection, queue, webhook, delivery) = await OneDeliveryAsync();
        await Sql.ExecuteAsync(connection, $"UPDATE webhooks SET failing_since = now() - interval '5 minutes' WHERE id = '{webhook}'");
        await RecordAsync(queue, new DeliveryAttemptRecord(DateTimeOffset.UtcNow, 204, 12, "ok", null), new DeliveryOutcome(DeliveryVerdict.Succeeded));

        Assert.Equal("SUCCEEDED 1 true false", await Sql.ScalarAsync<string>(connection,
            $"SELECT status || ' ' || attempt_count || ' ' || (completed_at IS NOT NULL) || ' ' || (next_attempt_at IS NOT NULL) FROM webhook_deliveries WHERE id = '{delivery}'"));
        Assert.Equal("204 12 ok", await Sql.ScalarAsync<string>(connection,
            $"SELECT status_code || ' ' || duration_ms || ' ' || response_snippet FROM webhook_delivery_attempts WHERE delivery_id = '{delivery}'"));
        Assert.True(await Sql.ScalarAsync<bool>(connection, $"SELECT failing_since IS NULL FROM webhooks WHERE id = '{webhook}'"));
    }

    [Fact]
    public async Task A_failure_schedules_the_next_attempt_and_starts_the_failing_streak()
    {
        var (connection, queue, webhook, delivery) = await OneDeliveryAsync();
        var next = DateTimeOffset.UtcNow.AddMinutes(5);
        await RecordAsync(queue, new DeliveryAttemptRecord(DateTimeOffset.UtcNow, null, 15000, null, "No response within 15 s."), new DeliveryOutcome(DeliveryVerdict.Retry, next));

        Assert.Equal("PENDING 1", await Sql.ScalarAsync<string>(connection, $"SELECT status || ' ' || attempt_count FROM webhook_deliveries WHERE id = '{delivery}'"));
        var scheduled = await Sql.ScalarAsync<DateTime>(connection, $"SELECT next_attempt_at FROM webhook_deliveries WHERE id = '{delivery}'");
        Assert.InRange(scheduled, next.UtcDateTime.AddMilliseconds(-1), next.UtcDateTime.AddMilliseconds(1));
        Assert.Equal("true true", await Sql.ScalarAsync<string>(connection, $"SELECT (failing_since IS NOT NULL) || ' ' || enabled FROM webhooks WHERE id = '{webhook}'"));
        Assert.Equal("No response within 15 s.", await Sql.ScalarAsync<string>(connection, $"SELECT error FROM webhook_delivery_attempts WHERE delivery_id = '{delivery}'"));
    }

    [Fact]
    public async Task Failing_longer_than_allowed_disables_the_webhook_as_FAILING()
    {
        var (connection, queue, webhook, _) = await OneDeliveryAsync();
        await Sql.ExecuteAsync(connection, $"UPDATE webhooks SET failing_since = now() - interval '2 hours' WHERE id = '{webhook}'");
        await RecordAsync(queue, new DeliveryAttemptRecord(DateTimeOffset.UtcNow, 500, 3, null, null), new DeliveryOutcome(DeliveryVerdict.Failed));

        Assert.Equal("false FAILING true", await Sql.ScalarAsync<string>(connection,
            $"SELECT enabled || ' ' || disabled_reason || ' ' || (disabled_at IS NOT NULL) FROM webhooks WHERE id = '{webhook}'"));
    }

    [Fact]
    public async Task A_410_fails_the_delivery_and_disables_the_webhook_as_GONE()
    {
        var (connection, queue, webhook, delivery) = await OneDeliveryAsync();
        await RecordAsync(queue, new DeliveryAttemptRecord(DateTimeOffset.UtcNow, 410, 3, null, null), new DeliveryOutcome(DeliveryVerdict.Gone));

        Assert.Equal("FAILED", await Sql.ScalarAsync<string>(connection, $"SELECT status FROM webhook_deliveries WHERE id = '{delivery}'"));
        Assert.Equal("false GONE", await Sql.ScalarAsync<string>(connection, $"SELECT enabled || ' ' || disabled_reason FROM webhooks WHERE id = '{webhook}'"));
    }

    [Fact]
    public async Task A_batch_left_unrecorded_is_claimed_again()
    {
        var (_, queue, _, delivery) = await OneDeliveryAsync();
        await using (var abandoned = await queue.ClaimAsync(10, CancellationToken.None))
            Assert.Single(abandoned.Deliveries);
        await using var again = await queue.ClaimAsync(10, CancellationToken.None);
        Assert.Equal(delivery, Assert.Single(again.Deliveries).Id);
    }

    private async Task<(string Connection, WebhookDeliveryQueue Queue, Guid Webhook, Guid Delivery)> OneDeliveryAsync()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        var webhook = await WebhookRows.WebhookAsync(connection);
        var delivery = await WebhookRows.DeliveryAsync(connection, webhook, 1);
        return (connection, new WebhookDeliveryQueue(Npgsql.NpgsqlDataSource.Create(connection)), webhook, delivery);
    }

    private static async Task RecordAsync(WebhookDeliveryQueue queue, DeliveryAttemptRecord attempt, DeliveryOutcome outcome)
    {
        await using var batch = await queue.ClaimAsync(10, CancellationToken.None);
        await batch.RecordAsync(Assert.Single(batch.Deliveries), attempt, outcome, DisableAfter, CancellationToken.None);
        await batch.CommitAsync(CancellationToken.None);
    }
}
