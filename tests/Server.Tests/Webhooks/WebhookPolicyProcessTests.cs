using System.Diagnostics;
using System.Text.Json;
using Graph.Schema.Relay;
using Graph.Server.Tests.Realtime;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Webhooks;

/// <summary>Whose events a webhook gets and when the server stops sending, with real processes (see <see cref="WebhookDeliveryProcessTests"/>).</summary>
public sealed class WebhookPolicyProcessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_customers_webhook_receives_only_what_the_customer_may_see()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(await fixture.CreateMigratedDatabaseAsync());
        using var client = servers.Client();
        var customerToken = await StatusGraphHost.TokenAsync(client, "CUSTOMER");
        var (_, secret) = await servers.CreateWebhookAsync(receiver.Url, token: customerToken);
        await receiver.ConfigureAsync([secret]);
        const string customer = "user_id = (SELECT id FROM users WHERE email = 'customer@demo.graph')";

        await servers.MakeBookingEventsAsync(3, where: "NOT " + customer);
        await servers.MakeBookingEventsAsync(2, where: customer);
        var deliveries = await servers.WaitForDeliveriesAsync(2, Patience);
        await servers.WaitUntilSettledAsync(Patience);

        var own = (await Sql.ColumnAsync(servers.ConnectionString, $"SELECT id::text FROM bookings WHERE {customer}"))
            .Select(id => NodeId.Format("Booking", Guid.Parse(id))).ToList();
        var received = await receiver.ReceivedAsync();
        Assert.Equal(2, deliveries.Count);
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Contains(
            r.Body.GetProperty("data").GetProperty("bookingStatusChanged").GetProperty("booking").GetProperty("id").GetString(), own));
    }

    [Fact]
    public async Task A_webhook_failing_longer_than_allowed_is_disabled_as_FAILING_and_sent_nothing_more()
    {
        await using var receiver = await WebhookReceiverProcess.StartAsync();
        await using var servers = await WebhookServers.StartAsync(
            await fixture.CreateMigratedDatabaseAsync(), settings: new Dictionary<string, string?> { ["Webhooks__DisableAfter"] = "00:00:02" });
        var (webhookId, secret) = await servers.CreateWebhookAsync(receiver.Url);
        await receiver.ConfigureAsync([secret], failFirst: 100, failStatus: 500);

        await servers.MakeBookingEventsAsync(1);
        // Attempts at about 0 s, 1 s and 3 s: the third finds the webhook failing for over 2 s.
        await receiver.WaitForAsync(r => r.Count >= 3, Patience, "three failed attempts");
        var clock = Stopwatch.StartNew();
        JsonElement webhook;
        do
        {
            await Task.Delay(200);
            webhook = (await servers.PostAsync($$"""{ node(id: "{{webhookId}}") { ... on Webhook { enabled disabledReason failingSince } } }"""))
                .GetProperty("data").GetProperty("node");
        }
        while (webhook.GetProperty("enabled").GetBoolean() && clock.Elapsed < TimeSpan.FromSeconds(10));

        Assert.False(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal("FAILING", webhook.GetProperty("disabledReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, webhook.GetProperty("failingSince").ValueKind);
        await Task.Delay(5000); // the retry due at about 7 s is not sent to a disabled webhook
        Assert.Equal(3, (await receiver.ReceivedAsync()).Count);
    }
}
