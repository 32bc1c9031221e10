using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Graph.Testing.Postgres;

namespace Graph.Schema.Tests.Webhooks;

/// <summary>createWebhook, updateWebhook, deleteWebhook, redeliverWebhookDelivery and the two lists, over the demo data.</summary>
public sealed class WebhookMutationTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string AllBookings = "subscription { bookingStatusChanged { status booking { id } } }";

    private const string Create = """
        mutation($i: CreateWebhookInput!) {
          createWebhook(input: $i) {
            secret
            webhook { id url subscription description enabled disabledReason owner { email } }
            errors { __typename message ... on InvalidWebhookUrlError { url } }
          }
        }
        """;

    private const string Update = """
        mutation($i: UpdateWebhookInput!) {
          updateWebhook(input: $i) {
            secret
            webhook { id url subscription description enabled disabledReason disabledAt previousSecretExpiresAt failingSince }
            errors { __typename message }
          }
        }
        """;

    [Fact]
    public async Task Creating_answers_a_whsec_secret_once_and_keeps_the_topic_the_document_listens_to()
    {
        var payload = await CreateAsync(Role.Customer, "https://93.184.216.34/hooks/graph", AllBookings, "orders");
        var secret = payload.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret[6..]).Length);
        var webhook = payload.GetProperty("webhook");
        Assert.Equal("https://93.184.216.34/hooks/graph", webhook.GetProperty("url").GetString());
        Assert.Equal(AllBookings, webhook.GetProperty("subscription").GetString());
        Assert.Equal("orders", webhook.GetProperty("description").GetString());
        Assert.True(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal("customer@demo.graph", webhook.GetProperty("owner").GetProperty("email").GetString());

        var key = Key(webhook);
        Assert.Equal(secret, await Sql.ScalarAsync<string>(graph.ConnectionString, $"SELECT secret FROM webhooks WHERE id = '{key}'"));
        Assert.Equal("bookingStatusChanged", await Sql.ScalarAsync<string>(graph.ConnectionString, $"SELECT topic FROM webhooks WHERE id = '{key}'"));

        // Never again: the type has no field for it.
        var read = await graph.ExecuteAsAsync(Callers.As(Role.Customer), "{ webhooks { nodes { secret } } }");
        Assert.Contains("secret", read.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_for_one_node_listens_to_that_nodes_topic()
    {
        var booking = await Sql.ScalarAsync<Guid>(graph.ConnectionString, "SELECT id FROM bookings ORDER BY id LIMIT 1");
        var document = $$"""subscription { bookingStatusChanged(bookingId: "{{NodeId.Format("Booking", booking)}}") { status } }""";
        var payload = await CreateAsync(Role.Admin, "https://93.184.216.34/one", document);
        Assert.Equal($"bookingStatusChanged:{booking}", await Sql.ScalarAsync<string>(
            graph.ConnectionString, $"SELECT topic FROM webhooks WHERE id = '{Key(payload.GetProperty("webhook"))}'"));
    }

    [Theory]
    [InlineData("ftp://93.184.216.34/hook", "absolute http or https")]
    [InlineData("https://user:secret@93.184.216.34/hook", "credentials")]
    [InlineData("http://127.0.0.1:8080/hook", "private network")]
    [InlineData("http://192.168.0.10/hook", "private network")]
    public async Task Refused_urls_answer_an_InvalidWebhookUrlError_and_register_nothing(string url, string reason)
    {
        var before = await CountAsync();
        var error = (await CreateAsync(Role.Customer, url, AllBookings)).GetProperty("errors")[0];
        Assert.Equal("InvalidWebhookUrlError", error.GetProperty("__typename").GetString());
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Equal(url, error.GetProperty("url").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("subscription {", "not valid")]
    [InlineData("subscription { noSuchField { status } }", "not valid")]
    [InlineData("{ bookings { totalCount } }", "exactly one operation, a subscription")]
    [InlineData("subscription A { bookingStatusChanged { status } } subscription B { leadStatusChanged { status } }", "exactly one operation")]
    [InlineData("subscription($id: ID) { bookingStatusChanged(bookingId: $id) { status } }", "no variables")]
    [InlineData("subscription { bookingStatusChanged(bookingId: \"not-an-id\") { status } }", "cannot subscribe")]
    public async Task Refused_documents_answer_an_InvalidWebhookSubscriptionError(string document, string reason)
    {
        var before = await CountAsync();
        var error = (await CreateAsync(Role.Customer, "https://93.184.216.34/hook", document)).GetProperty("errors")[0];
        Assert.Equal("InvalidWebhookSubscriptionError", error.GetProperty("__typename").GetString());
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Anonymous_callers_cannot_create_webhooks()
    {
        var response = await graph.ExecuteAsAsync(Callers.Anonymous, Create, Input(new { url = "https://93.184.216.34/h", subscription = AllBookings }));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_the_owner_and_admins_see_or_change_a_webhook()
    {
        var id = (await CreateAsync(Role.Sales, "https://93.184.216.34/mine", AllBookings)).GetProperty("webhook").GetProperty("id").GetString()!;

        Assert.Contains(id, await ListAsync(Role.Sales));
        Assert.Contains(id, await ListAsync(Role.Admin));
        Assert.DoesNotContain(id, await ListAsync(Role.Marketing));

        foreach (var (mutation, input) in new (string, object)[]
        {
            (Update, new { id, description = "not mine" }),
            ("mutation($i: DeleteWebhookInput!) { deleteWebhook(input: $i) { webhook { id } errors { __typename message } } }", new { id }),
        })
        {
            var data = await graph.RunAsAsync(Callers.As(Role.Marketing), mutation, Input(input));
            var error = data.EnumerateObject().Single().Value.GetProperty("errors")[0];
            Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        }

        var updated = await UpdateAsync(Role.Admin, new { id, description = "seen by an admin" });
        Assert.Equal("seen by an admin", updated.GetProperty("webhook").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Rotating_the_secret_keeps_the_previous_one_signing_for_the_overlap()
    {
        var created = await CreateAsync(Role.Customer, "https://93.184.216.34/rotate", AllBookings);
        var id = created.GetProperty("webhook").GetProperty("id").GetString()!;
        var first = created.GetProperty("secret").GetString()!;

        var plain = await UpdateAsync(Role.Customer, new { id, url = "https://93.184.216.34/rotated" });
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("secret").ValueKind);

        var rotated = await UpdateAsync(Role.Customer, new { id, rotateSecret = true });
        var second = rotated.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", second);
        Assert.NotEqual(first, second);
        var key = Key(rotated.GetProperty("webhook"));
        Assert.Equal(second, await Sql.ScalarAsync<string>(graph.ConnectionString, $"SELECT secret FROM webhooks WHERE id = '{key}'"));
        Assert.Equal(first, await Sql.ScalarAsync<string>(graph.ConnectionString, $"SELECT previous_secret FROM webhooks WHERE id = '{key}'"));
        var expires = rotated.GetProperty("webhook").GetProperty("previousSecretExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23), TimeSpan.FromHours(25));
    }

    [Fact]
    public async Task Disabling_and_enabling_says_so_and_forgets_why_the_server_disabled_it()
    {
        var id = (await CreateAsync(Role.Customer, "https://93.184.216.34/toggle", AllBookings)).GetProperty("webhook").GetProperty("id").GetString()!;
        var disabled = (await UpdateAsync(Role.Customer, new { id, enabled = false })).GetProperty("webhook");
        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, disabled.GetProperty("disabledReason").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, disabled.GetProperty("disabledAt").ValueKind);

        var key = Key(disabled);
        await Sql.ExecuteAsync(graph.ConnectionString, $"UPDATE webhooks SET disabled_reason = 'GONE', failing_since = now() WHERE id = '{key}'");
        var gone = (await graph.RunAsAsync(Callers.As(Role.Customer), $$"""{ node(id: "{{id}}") { ... on Webhook { disabledReason } } }""")).GetProperty("node");
        Assert.Equal("GONE", gone.GetProperty("disabledReason").GetString());

        var enabled = (await UpdateAsync(Role.Customer, new { id, enabled = true })).GetProperty("webhook");
        Assert.True(enabled.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledReason").ValueKind);
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("failingSince").ValueKind);
    }

    [Fact]
    public async Task Changing_the_document_checks_it_and_moves_the_topic()
    {
        var id = (await CreateAsync(Role.Admin, "https://93.184.216.34/doc", AllBookings)).GetProperty("webhook").GetProperty("id").GetString()!;
        var refused = await UpdateAsync(Role.Admin, new { id, subscription = "query { me { id } }" });
        Assert.Equal("InvalidWebhookSubscriptionError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());

        var changed = await UpdateAsync(Role.Admin, new { id, subscription = "subscription { leadStatusChanged { status } }" });
        Assert.Equal("leadStatusChanged", await Sql.ScalarAsync<string>(
            graph.ConnectionString, $"SELECT topic FROM webhooks WHERE id = '{Key(changed.GetProperty("webhook"))}'"));
    }

    [Fact]
    public async Task Redelivering_queues_a_delivery_again_with_a_fresh_schedule()
    {
        var webhook = (await CreateAsync(Role.Customer, "https://93.184.216.34/redeliver", AllBookings)).GetProperty("webhook");
        var deliveryKey = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"""
            INSERT INTO webhook_deliveries (webhook_id, event_id, topic, payload, status, attempt_count, next_attempt_at, completed_at)
            VALUES ('{Key(webhook)}', 1, 'bookingStatusChanged:x', '{"{"}"data":null{"}"}', 'FAILED', 8, NULL, now()) RETURNING id
            """);
        var deliveryId = NodeId.Format("WebhookDelivery", deliveryKey);
        const string redeliver = """
            mutation($i: RedeliverWebhookDeliveryInput!) {
              redeliverWebhookDelivery(input: $i) { delivery { id status attemptCount nextAttemptAt completedAt } errors { __typename message } }
            }
            """;

        var hidden = await graph.RunAsAsync(Callers.As(Role.LabTech), redeliver, Input(new { deliveryId }));
        Assert.Equal("NotFoundError", hidden.GetProperty("redeliverWebhookDelivery").GetProperty("errors")[0].GetProperty("__typename").GetString());

        var requeued = (await graph.RunAsAsync(Callers.As(Role.Customer), redeliver, Input(new { deliveryId })))
            .GetProperty("redeliverWebhookDelivery").GetProperty("delivery");
        Assert.Equal("PENDING", requeued.GetProperty("status").GetString());
        Assert.Equal(0, requeued.GetProperty("attemptCount").GetInt32());
        Assert.InRange(requeued.GetProperty("nextAttemptAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(JsonValueKind.Null, requeued.GetProperty("completedAt").ValueKind);

        await UpdateAsync(Role.Customer, new { id = webhook.GetProperty("id").GetString(), enabled = false });
        var disabled = await graph.RunAsAsync(Callers.As(Role.Customer), redeliver, Input(new { deliveryId }));
        Assert.Equal("WebhookDisabledError", disabled.GetProperty("redeliverWebhookDelivery").GetProperty("errors")[0].GetProperty("__typename").GetString());

        // The delivery log lists it for its owner only.
        Assert.Contains(deliveryId, await ListDeliveriesAsync(Role.Customer));
        Assert.DoesNotContain(deliveryId, await ListDeliveriesAsync(Role.LabTech));
    }

    [Fact]
    public async Task Deleting_removes_the_webhook_and_its_deliveries()
    {
        var webhook = (await CreateAsync(Role.Customer, "https://93.184.216.34/delete", AllBookings)).GetProperty("webhook");
        var key = Key(webhook);
        await Sql.ExecuteAsync(graph.ConnectionString,
            $"INSERT INTO webhook_deliveries (webhook_id, event_id, topic, payload, next_attempt_at) VALUES ('{key}', 2, 't', '{{}}', now())");
        var deleted = (await graph.RunAsAsync(Callers.As(Role.Customer),
            "mutation($i: DeleteWebhookInput!) { deleteWebhook(input: $i) { webhook { id url } errors { message } } }",
            Input(new { id = webhook.GetProperty("id").GetString() }))).GetProperty("deleteWebhook");
        Assert.Equal("https://93.184.216.34/delete", deleted.GetProperty("webhook").GetProperty("url").GetString());
        Assert.Equal(0L, await Sql.ScalarAsync<long>(graph.ConnectionString, $"SELECT count(*) FROM webhook_deliveries WHERE webhook_id = '{key}'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(graph.ConnectionString, $"SELECT count(*) FROM webhooks WHERE id = '{key}'"));
    }

    private async Task<JsonElement> CreateAsync(Role role, string url, string subscription, string? description = null) =>
        (await graph.RunAsAsync(Callers.As(role), Create, Input(new { url, subscription, description }))).GetProperty("createWebhook");

    private async Task<JsonElement> UpdateAsync(Role role, object input) =>
        (await graph.RunAsAsync(Callers.As(role), Update, Input(input))).GetProperty("updateWebhook");

    private async Task<List<string>> ListAsync(Role role) =>
        [.. (await graph.RunAsAsync(Callers.As(role), "{ webhooks(first: 50) { nodes { id } } }"))
            .GetProperty("webhooks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private async Task<List<string>> ListDeliveriesAsync(Role role) =>
        [.. (await graph.RunAsAsync(Callers.As(role), "{ webhookDeliveries(first: 50) { nodes { id } } }"))
            .GetProperty("webhookDeliveries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private Task<long> CountAsync() => Sql.ScalarAsync<long>(graph.ConnectionString, "SELECT count(*) FROM webhooks");

    private static Dictionary<string, object?> Input(object input) => new() { ["i"] = JsonSerializer.SerializeToElement(input, JsonSerializerOptions.Web) };

    private static Guid Key(JsonElement webhook) =>
        NodeKeys.TryParse(webhook.GetProperty("id").GetString(), "Webhook", out var key) ? key : throw new InvalidOperationException("Not a Webhook ID.");
}
