using System.Collections.Concurrent;
using Graph.Persistence.Outbox;
using Graph.Persistence.Webhooks;
using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Server.Tests.Webhooks;

/// <summary>Outbox events becoming deliveries, on real PostgreSQL.</summary>
public sealed class WebhookEventDerivationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Concurrent_derivers_make_each_matching_delivery_exactly_once()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connection);
        var node = Guid.CreateVersion7();
        var everyBooking = await WebhookRows.WebhookAsync(connection, "bookingStatusChanged");
        var oneBooking = await WebhookRows.WebhookAsync(connection, $"bookingStatusChanged:{node}");
        var leads = await WebhookRows.WebhookAsync(connection, "leadStatusChanged");
        var disabled = await WebhookRows.WebhookAsync(connection, "bookingStatusChanged", enabled: false);
        var selectsNothing = await WebhookRows.WebhookAsync(connection, "bookingStatusChanged");
        await Sql.ExecuteAsync(connection, $"""
            INSERT INTO event_outbox (topic, payload)
            SELECT CASE WHEN i % 4 = 0 THEN 'bookingStatusChanged:{node}' ELSE 'bookingStatusChanged:' || gen_random_uuid() END, '{"{}"}'
            FROM generate_series(1, 40) AS i
            """);

        var asked = new ConcurrentBag<(long, Guid)>();
        var derivation = new WebhookEventDerivation(dataSource);
        async Task<int> DrainAsync()
        {
            var total = 0;
            while (await derivation.DeriveAsync(7, (e, target, _) =>
            {
                asked.Add((e.Sequence, target.Id));
                return ValueTask.FromResult(target.Id == selectsNothing ? null : "{\"data\":{\"sequence\":" + e.Sequence + "}}");
            }, CancellationToken.None) is ({ } events, _) && events > 0)
                total += events;
            return total;
        }

        var derived = await Task.WhenAll(DrainAsync(), DrainAsync(), DrainAsync());
        Assert.Equal(40, derived.Sum());
        Assert.Equal(asked.Count, asked.Distinct().Count());
        Assert.Equal(0L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM event_outbox WHERE webhooks_derived_at IS NULL"));

        Assert.Equal(40L, await CountAsync(connection, everyBooking));
        Assert.Equal(10L, await CountAsync(connection, oneBooking));
        Assert.Equal(0L, await CountAsync(connection, leads));
        Assert.Equal(0L, await CountAsync(connection, disabled));
        Assert.Equal(0L, await CountAsync(connection, selectsNothing));
        Assert.True(await Sql.ScalarAsync<bool>(connection, $"""
            SELECT bool_and((payload->'data'->>'sequence')::bigint = event_id AND status = 'PENDING' AND next_attempt_at <= now())
            FROM webhook_deliveries WHERE webhook_id = '{everyBooking}'
            """));
    }

    [Fact]
    public async Task A_webhook_receives_no_event_from_before_it_was_registered_and_a_rolled_back_derivation_leaves_events_to_derive()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await Sql.ExecuteAsync(connection, "INSERT INTO event_outbox (topic, payload) VALUES ('bookingStatusChanged:a', '{}')");
        var late = await WebhookRows.WebhookAsync(connection);
        await Sql.ExecuteAsync(connection, $"UPDATE webhooks SET created_at = now() - interval '1 minute' WHERE id = '{late}'");
        var derivation = new WebhookEventDerivation(dataSource);

        await Assert.ThrowsAsync<InvalidOperationException>(() => derivation.DeriveAsync(10, (_, _, _) => throw new InvalidOperationException("crash"), CancellationToken.None));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(connection, "SELECT count(*) FROM event_outbox WHERE webhooks_derived_at IS NULL"));

        await Sql.ExecuteAsync(connection, $"UPDATE webhooks SET created_at = now() + interval '1 minute' WHERE id = '{late}'");
        Assert.Equal((1, 0), await derivation.DeriveAsync(10, (_, _, _) => ValueTask.FromResult<string?>("{}"), CancellationToken.None));
        Assert.Equal(0L, await CountAsync(connection, late));
    }

    private static Task<long> CountAsync(string connection, Guid webhook) =>
        Sql.ScalarAsync<long>(connection, $"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = '{webhook}'");
}
