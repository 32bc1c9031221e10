using System.Text.Json;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Webhooks;

/// <summary>
/// Webhooks end to end with real processes: built servers on PostgreSQL posting to a Node receiver that checks every
/// signature with node:crypto. Each test has a database of its own.
/// </summary>
public sealed class WebhookDeliveryProcessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_event_arrives_signed_so_an_independent_receiver_verifies_it_before_and_after_a_rotation()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(await fixture.CreateMigratedDatabaseAsync());
        var (webhookId, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret]);

        await servers.MakeBookingEventsAsync(10);
        await servers.WaitForDeliveriesAsync(10, Patience);

        var rotated = (await servers.PostAsync(
            "mutation($i: UpdateWebhookInput!) { updateWebhook(input: $i) { secret } }",
            new { i = new { id = webhookId, rotateSecret = true } })).GetProperty("data").GetProperty("updateWebhook").GetProperty("secret").GetString()!;
        await receiver.ConfigureAsync([rotated]);
        await servers.MakeBookingEventsAsync(10);
        var deliveries = await servers.WaitForDeliveriesAsync(20, Patience);

        var received = await receiver.ReceivedAsync();
        Assert.All(received, r => Assert.True(r.Valid, r.Reason));
        Assert.Equal(deliveries.Order(), received.Select(r => r.Id).Order());
        Assert.All(received, r =>
        {
            Assert.Equal(webhookId, r.Body.GetProperty("webhookId").GetString());
            var changed = r.Body.GetProperty("data").GetProperty("bookingStatusChanged");
            Assert.Equal("PENDING", changed.GetProperty("previousStatus").GetString());
            Assert.Equal("CONFIRMED", changed.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, r.Body.GetProperty("errors").ValueKind);
        });
        Assert.Equal(20L, await Sql.ScalarAsync<long>(servers.ConnectionString, "SELECT count(*) FROM webhook_deliveries WHERE status = 'SUCCEEDED'"));
    }

    [Fact]
    public async Task A_receiver_failing_three_times_sees_four_attempts_with_growing_gaps_and_the_log_shows_them()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(await fixture.CreateMigratedDatabaseAsync());
        var (_, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret], failFirst: 3, failStatus: 503);

        await servers.MakeBookingEventsAsync(1);
        var delivery = Assert.Single(await servers.WaitForDeliveriesAsync(1, Patience));
        await servers.WaitUntilSettledAsync(Patience); // nothing more may come

        var attempts = (await receiver.ReceivedAsync()).Where(r => r.Id == delivery).OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal([503, 503, 503, 200], attempts.Select(a => a.Status));
        Assert.All(attempts, a => Assert.True(a.Valid, a.Reason));
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
        // Each wait counts from the end of the failed attempt (a few ms of clock rounding allowed).
        Assert.True(gaps[0] >= 990 && gaps[1] >= 1990 && gaps[2] >= 3990, $"gaps {string.Join(", ", gaps)} ms");
        Assert.True(gaps[0] < gaps[1] && gaps[1] < gaps[2], $"gaps {string.Join(", ", gaps)} ms");

        var log = (await servers.PostAsync($$"""
            { node(id: "{{delivery}}") { ... on WebhookDelivery { status attemptCount nextAttemptAt attempts(first: 10, order: [{attemptedAt: ASC}]) { nodes { statusCode durationMs responseSnippet error } } } } }
            """)).GetProperty("data").GetProperty("node");
        Assert.Equal("SUCCEEDED", log.GetProperty("status").GetString());
        Assert.Equal(4, log.GetProperty("attemptCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, log.GetProperty("nextAttemptAt").ValueKind);
        var logged = log.GetProperty("attempts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([503, 503, 503, 200], logged.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.All(logged, a => Assert.Contains("\"received\":true", a.GetProperty("responseSnippet").GetString()));
    }

    [Fact]
    public async Task A_410_disables_the_webhook_and_the_schema_says_why()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(await fixture.CreateMigratedDatabaseAsync());
        var (webhookId, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret], failFirst: 100, failStatus: 410);

        await servers.MakeBookingEventsAsync(1);
        await servers.WaitForDeliveriesAsync(1, Patience);

        var webhook = (await servers.PostAsync($$"""{ node(id: "{{webhookId}}") { ... on Webhook { enabled disabledReason disabledAt deliveries { nodes { status } } } } }"""))
            .GetProperty("data").GetProperty("node");
        Assert.False(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal("GONE", webhook.GetProperty("disabledReason").GetString());
        Assert.Equal("FAILED", webhook.GetProperty("deliveries").GetProperty("nodes")[0].GetProperty("status").GetString());

        // Disabled: later events are not delivered at all.
        await servers.MakeBookingEventsAsync(2);
        await servers.WaitUntilSettledAsync(Patience);
        Assert.Single(await receiver.ReceivedAsync());
    }

    [Fact]
    public async Task A_server_killed_mid_delivery_loses_no_event_after_restart()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        // Small batches to a slow receiver, so the kill lands while deliveries are in flight.
        await using var servers = await WebhookServers.StartAsync(
            await fixture.CreateMigratedDatabaseAsync(), settings: new Dictionary<string, string?> { ["Webhooks__BatchSize"] = "3" });
        var (_, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret], delayMs: 400);

        const int events = 30;
        await servers.MakeBookingEventsAsync(events);
        await receiver.WaitForAsync(r => r.Count >= 6, Patience, "the first deliveries");
        servers.Servers[0].Signal(Signals.SIGKILL);
        await servers.Servers[0].WaitForExitAsync(TimeSpan.FromSeconds(10));
        var beforeRestart = (await receiver.ReceivedAsync()).Select(r => r.Id).Distinct().Count();
        Assert.True(beforeRestart < events, "the kill came after every delivery; nothing was in flight");

        await servers.StartServerAsync();
        var deliveries = await servers.WaitForDeliveriesAsync(events, Patience);
        Assert.Equal(events, deliveries.Count);
        var received = await receiver.ReceivedAsync();
        Assert.All(received, r => Assert.True(r.Valid, r.Reason));
        Assert.Equal(deliveries.Order(), received.Select(r => r.Id).Distinct().Order());
    }

    [Fact]
    public async Task Two_servers_share_the_deliveries_and_send_none_twice()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(
            await fixture.CreateMigratedDatabaseAsync(), count: 2, settings: new Dictionary<string, string?> { ["Webhooks__BatchSize"] = "2" });
        var (_, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret], delayMs: 50);

        const int events = 40;
        await servers.MakeBookingEventsAsync(events);
        var deliveries = await servers.WaitForDeliveriesAsync(events, Patience);
        await servers.WaitUntilSettledAsync(Patience);

        var received = await receiver.ReceivedAsync();
        Assert.Equal(events, deliveries.Count);
        Assert.All(received, r => Assert.True(r.Valid, r.Reason));
        Assert.Equal(deliveries.Order(), received.Select(r => r.Id).Order());
    }
}
