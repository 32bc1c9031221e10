using System.Text.Json;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Graph.Server.Tests.Realtime;

/// <summary>The contract's status subscriptions over graphql-transport-ws, fed by the status mutations over HTTP.</summary>
public sealed class StatusSubscriptionTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private const string AllBookings = "bookingStatusChanged";

    [Fact]
    public async Task A_subscriber_of_one_booking_receives_its_changes_in_commit_order()
    {
        var admin = await host.TokenAsync("ADMIN");
        var bookingId = await host.ResetBookingAsync(0, "PENDING");
        await using var socket = await SubscribeAsync(await host.TokenAsync("LAB_TECH"), $$"""
            subscription($id: ID) { bookingStatusChanged(bookingId: $id) { booking { id status } previousStatus status changedAt } }
            """, new { id = bookingId }, Topic(bookingId));

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        string[] path = ["PENDING", "CONFIRMED", "SAMPLE_COLLECTED", "PROCESSING", "COMPLETED"];
        for (var i = 1; i < path.Length; i++)
            await StatusGraphHost.MoveBookingAsync(host.Client, admin, bookingId, path[i]);

        for (var i = 1; i < path.Length; i++)
        {
            var changed = Data(await socket.ReceiveAsync()).GetProperty("bookingStatusChanged");
            Assert.Equal(path[i - 1], changed.GetProperty("previousStatus").GetString());
            Assert.Equal(path[i], changed.GetProperty("status").GetString());
            Assert.Equal(bookingId, changed.GetProperty("booking").GetProperty("id").GetString());
            Assert.InRange(changed.GetProperty("changedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));
        }
    }

    [Fact]
    public async Task Without_an_id_every_booking_is_followed_and_events_of_missing_nodes_are_skipped()
    {
        var admin = await host.TokenAsync("ADMIN");
        var first = await host.ResetBookingAsync(1, "PENDING");
        var second = await host.ResetBookingAsync(2, "CONFIRMED");
        await using var socket = await SubscribeAsync(admin, "subscription { bookingStatusChanged { booking { id } status } }", null, AllBookings);

        // An event whose booking the subscriber's context cannot read (here: none exists) delivers nothing.
        await WriteEventAsync(new StatusEventPayload(Guid.CreateVersion7(), "PENDING", "CONFIRMED", DateTimeOffset.UtcNow));
        await StatusGraphHost.MoveBookingAsync(host.Client, admin, first, "CONFIRMED");
        await StatusGraphHost.MoveBookingAsync(host.Client, admin, second, "SAMPLE_COLLECTED");

        var one = Data(await socket.ReceiveAsync()).GetProperty("bookingStatusChanged");
        Assert.Equal(first, one.GetProperty("booking").GetProperty("id").GetString());
        Assert.Equal("CONFIRMED", one.GetProperty("status").GetString());
        var two = Data(await socket.ReceiveAsync()).GetProperty("bookingStatusChanged");
        Assert.Equal(second, two.GetProperty("booking").GetProperty("id").GetString());
        Assert.Equal("SAMPLE_COLLECTED", two.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_customer_following_every_booking_receives_only_events_of_their_own()
    {
        var admin = await host.TokenAsync("ADMIN");
        var customerId = Graph.Persistence.Seeding.Demo.DemoIds.For("user/Customer");
        var theirs = await ResetBookingOfAsync(customerId, own: false);
        var own = await ResetBookingOfAsync(customerId, own: true);
        await using var socket = await SubscribeAsync(await host.TokenAsync("CUSTOMER"), "subscription { bookingStatusChanged { booking { id } status } }", null, AllBookings);

        // Another customer's booking changes first; the row rules keep it from this subscriber.
        await StatusGraphHost.MoveBookingAsync(host.Client, admin, theirs, "CONFIRMED");
        await StatusGraphHost.MoveBookingAsync(host.Client, admin, own, "CONFIRMED");

        var only = Data(await socket.ReceiveAsync()).GetProperty("bookingStatusChanged");
        Assert.Equal(own, only.GetProperty("booking").GetProperty("id").GetString());
    }

    private async Task<string> ResetBookingOfAsync(Guid customerId, bool own)
    {
        await using var command = host.DataSource.CreateCommand(
            "UPDATE bookings SET status = 'PENDING' WHERE id = (SELECT id FROM bookings WHERE (user_id = $1) = $2 ORDER BY id LIMIT 1) RETURNING id");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = customerId });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = own });
        return Graph.Schema.Relay.NodeId.Format("Booking", (Guid)(await command.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("LAB_TECH", false)]
    [InlineData("ADMIN", true)]
    public async Task Event_fields_are_authorized_as_in_queries(string role, bool allowed)
    {
        var bookingId = await host.ResetBookingAsync(3, "PENDING");
        await using var socket = await SubscribeAsync(await host.TokenAsync(role),
            "subscription($id: ID) { bookingStatusChanged(bookingId: $id) { status booking { adminNote } } }", new { id = bookingId }, Topic(bookingId));

        await StatusGraphHost.MoveBookingAsync(host.Client, await host.TokenAsync("ADMIN"), bookingId, "CONFIRMED");

        var payload = (await socket.ReceiveAsync()).GetProperty("payload");
        var changed = payload.GetProperty("data").GetProperty("bookingStatusChanged");
        Assert.Equal("CONFIRMED", changed.GetProperty("status").GetString());
        if (allowed)
        {
            Assert.Equal("note on Confirmed", changed.GetProperty("booking").GetProperty("adminNote").GetString());
            Assert.False(payload.TryGetProperty("errors", out _));
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, changed.GetProperty("booking").GetProperty("adminNote").ValueKind);
            var error = payload.GetProperty("errors")[0];
            Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("""["bookingStatusChanged","booking","adminNote"]""", error.GetProperty("path").GetRawText());
        }
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_when_subscribing()
    {
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync();
        var petId = NodeId.Format("Pet", Guid.CreateVersion7());
        await socket.SendAsync(JsonSerializer.Serialize(new
        {
            id = "1", type = "subscribe", payload = new { query = $"subscription {{ bookingStatusChanged(bookingId: \"{petId}\") {{ status }} }}" },
        }));

        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("NODE_ID_INVALID", next.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Installment_enrollment_lead_and_report_changes_reach_their_subscriptions()
    {
        var admin = await host.TokenAsync("ADMIN");
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{admin}}"}""");
        var subscriptions = new (string Field, string Node)[]
        {
            ("installmentStatusChanged", "installment"), ("enrollmentStatusChanged", "enrollment"),
            ("leadStatusChanged", "lead"), ("testReportStatusChanged", "testReport"),
        };
        foreach (var (field, node) in subscriptions)
        {
            await socket.SendAsync(JsonSerializer.Serialize(new
            {
                id = field, type = "subscribe", payload = new { query = $"subscription {{ {field} {{ {node} {{ id }} previousStatus status }} }}" },
            }));
            await WaitForSubscribersAsync(field);
        }

        var installment = await ResetAsync("installments", "Installment", "status = 'PENDING', amount = 10, amount_paid = 0");
        var enrollment = await ResetAsync("enrollments", "Enrollment", "status = 'ACTIVE', freeze_days_allowed = 30, freeze_days_used = 0, frozen_on = NULL, frozen_until = NULL");
        var lead = await ResetAsync("leads", "Lead", "status = 'NEW'");
        var report = await ResetAsync("test_reports", "TestReport", "status = 'PENDING'");
        await MutateAsync(admin, "payInstallment(input: {installmentId: $id, amount: 10}) { errors { message } }", installment);
        await MutateAsync(admin, "freezeEnrollment(input: {enrollmentId: $id, days: 1}) { errors { message } }", enrollment);
        await MutateAsync(admin, "updateLeadStatus(input: {leadId: $id, status: CONTACTED}) { errors { message } }", lead);
        await MutateAsync(admin, "updateTestReportStatus(input: {testReportId: $id, status: GENERATED}) { errors { message } }", report);

        var expected = new Dictionary<string, (string Id, string Previous, string Status)>
        {
            ["installmentStatusChanged"] = (installment, "PENDING", "PAID"),
            ["enrollmentStatusChanged"] = (enrollment, "ACTIVE", "FROZEN"),
            ["leadStatusChanged"] = (lead, "NEW", "CONTACTED"),
            ["testReportStatusChanged"] = (report, "PENDING", "GENERATED"),
        };
        for (var i = 0; i < subscriptions.Length; i++)
        {
            var message = await socket.ReceiveAsync();
            var field = message.GetProperty("id").GetString()!;
            var changed = message.GetProperty("payload").GetProperty("data").GetProperty(field);
            var node = subscriptions.Single(s => s.Field == field).Node;
            Assert.True(expected.Remove(field, out var want), "unexpected or repeated " + message);
            Assert.Equal(want.Id, changed.GetProperty(node).GetProperty("id").GetString());
            Assert.Equal(want.Previous, changed.GetProperty("previousStatus").GetString());
            Assert.Equal(want.Status, changed.GetProperty("status").GetString());
        }
    }

    private static string Topic(string bookingId) =>
        NodeId.TryParse(bookingId, out var id) && id.TryGetGuid(out var key) ? "bookingStatusChanged:" + key.ToString("D") : throw new ArgumentException(bookingId);

    private static JsonElement Data(JsonElement message)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.False(message.GetProperty("payload").TryGetProperty("errors", out _), message.GetRawText());
        return message.GetProperty("payload").GetProperty("data");
    }

    private async Task<TestSocket> SubscribeAsync(string token, string query, object? variables, string topic)
    {
        var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{token}}"}""");
        var subscribe = JsonSerializer.Serialize(new { id = "s", type = "subscribe", payload = new { query, variables } });
        var before = host.Bus.SubscriberCount(topic);
        await socket.SendAsync(subscribe);
        await WaitForSubscribersAsync(topic, before + 1);
        return socket;
    }

    private async Task WaitForSubscribersAsync(string topic, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (host.Bus.SubscriberCount(topic) < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{topic} has {host.Bus.SubscriberCount(topic)} subscribers, expected {count}.");
            await Task.Delay(20);
        }
    }

    private async Task WriteEventAsync(StatusEventPayload payload)
    {
        var outbox = host.Services.GetRequiredService<IEventOutbox>();
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await outbox.AddAsync(transaction, "bookingStatusChanged:" + payload.Id.ToString("D"), payload);
        await outbox.CommitAsync(transaction);
    }

    private async Task<string> ResetAsync(string table, string typeName, string set)
    {
        await using var command = host.DataSource.CreateCommand($"UPDATE {table} SET {set} WHERE id = (SELECT id FROM {table} ORDER BY id DESC LIMIT 1) RETURNING id");
        return NodeId.Format(typeName, (Guid)(await command.ExecuteScalarAsync())!);
    }

    private async Task MutateAsync(string token, string field, string id)
    {
        var response = await host.PostAsync("mutation($id: ID!) { " + field + " }", new { id }, token);
        var payload = response.GetProperty("data").EnumerateObject().Single().Value;
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, response.GetRawText());
    }

    private sealed record StatusEventPayload(Guid Id, string PreviousStatus, string Status, DateTimeOffset ChangedAt);
}
