using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Graph.Server.Tests.Realtime;

/// <summary>Fan-out through event_outbox and LISTEN/NOTIFY, across hosts on one database.</summary>
public sealed class OutboxFanOutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_event_written_on_one_server_reaches_a_subscriber_on_another()
    {
        await using var subscriberHost = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        await using var writerHost = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        await using var socket = await TestSocket.ConnectAsync(subscriberHost.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"x","type":"subscribe","payload":{"query":"subscription { statusChanged(nodeId: \"x1\") { nodeId status } }"}}""");
        await subscriberHost.WaitForSubscribersAsync(TestSchema.StatusTopic("x1"));
        await writerHost.WriteEventAsync(TestSchema.StatusTopic("x1"), new { nodeId = "x1", status = "SHIPPED" });

        Assert.Equal(
            """{"id":"x","type":"next","payload":{"data":{"statusChanged":{"nodeId":"x1","status":"SHIPPED"}}}}""",
            (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        await using var stream = await host.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<OutboxEvent>("rollback");
        await using var events = stream.ReadMessagesAsync().GetAsyncEnumerator();

        await host.WriteEventAsync("rollback", new { n = 1 }, commit: false);
        var committed = await host.WriteEventAsync("rollback", new { n = 2 });

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(committed.Id, events.Current.Id);
        Assert.Equal(2, events.Current.Payload.GetProperty("n").GetInt32());
        await using var count = fixture.DataSource.CreateCommand("SELECT count(*) FROM event_outbox WHERE topic = 'rollback'");
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Events_of_a_topic_arrive_in_commit_order_and_large_payloads_travel_by_reference()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        await using var stream = await host.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<OutboxEvent>("order");
        await using var events = stream.ReadMessagesAsync().GetAsyncEnumerator();
        var large = new string('x', 20_000);

        var written = new List<OutboxEvent>();
        for (var i = 0; i < 30; i++)
            written.Add(await host.WriteEventAsync("order", new { i, text = i % 10 == 5 ? large : "small" }));

        for (var i = 0; i < 30; i++)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Equal(written[i].Sequence, events.Current.Sequence);
            Assert.Equal(i, events.Current.Payload.GetProperty("i").GetInt32());
            Assert.Equal(i % 10 == 5 ? large : "small", events.Current.Payload.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task After_the_listener_reconnects_it_catches_up_on_events_committed_meanwhile()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Subscriptions:MinReconnectDelay"] = "00:00:00.500",
        });
        var delivery = host.Services.GetRequiredService<OutboxDeliveryService>();
        await using var stream = await host.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<OutboxEvent>("catch-up");
        await using var events = stream.ReadMessagesAsync().GetAsyncEnumerator();
        var before = await host.WriteEventAsync("catch-up", new { n = 0 });
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(before.Id, events.Current.Id);

        // Kill the LISTEN connection, then commit while the listener waits to reconnect.
        await using (var kill = fixture.DataSource.CreateCommand(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'graph-outbox-listener' AND datname = current_database()"))
            await kill.ExecuteNonQueryAsync();
        var missed = new List<OutboxEvent>();
        for (var i = 1; i <= 3; i++)
            missed.Add(await host.WriteEventAsync("catch-up", new { n = i }));

        foreach (var expected in missed)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Equal(expected.Id, events.Current.Id);
        }

        Assert.True(delivery.ListenerConnections >= 2);
        var after = await host.WriteEventAsync("catch-up", new { n = 4 });
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(after.Id, events.Current.Id); // no duplicates of the caught-up ones
    }

    [Fact]
    public async Task A_stopped_listener_gives_its_connection_back_to_the_pool_listening_to_nothing()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        var delivery = host.Services.GetRequiredService<OutboxDeliveryService>();
        await delivery.Ready.WaitAsync(TimeSpan.FromSeconds(20));
        await using var find = fixture.DataSource.CreateCommand(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'graph-outbox-listener' AND datname = current_database()");
        var listenerPids = new List<int>();
        await using (var reader = await find.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                listenerPids.Add(reader.GetInt32(0));

        await delivery.StopAsync(CancellationToken.None);

        // The pool sends no DISCARD ALL on reuse: what session state comes back is what the next user gets. Taking
        // more connections at once than the pool holds idle gets the listener's among them.
        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        var connections = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => dataSource.OpenConnectionAsync().AsTask()));
        try
        {
            var reused = 0;
            foreach (var connection in connections)
            {
                await using var state = new NpgsqlCommand(
                    "SELECT pg_backend_pid(), (SELECT count(*) FROM pg_listening_channels()), current_setting('application_name')", connection);
                await using var reader = await state.ExecuteReaderAsync();
                Assert.True(await reader.ReadAsync());
                if (!listenerPids.Contains(reader.GetInt32(0)))
                    continue;
                reused++;
                Assert.Equal(0L, reader.GetInt64(1));
                Assert.NotEqual("graph-outbox-listener", reader.GetString(2));
            }

            Assert.Equal(1, reused);
        }
        finally
        {
            foreach (var connection in connections)
                await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task In_process_mode_publishes_after_commit_without_notify_and_sweeps_what_nobody_claimed()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Subscriptions:Mode"] = "InProcess",
            ["Subscriptions:SweepInterval"] = "00:00:00.200",
            ["Subscriptions:SweepDelay"] = "00:00:00.100",
        });
        await using var listener = await fixture.DataSource.OpenConnectionAsync();
        var notified = 0;
        listener.Notification += (_, _) => Interlocked.Increment(ref notified);
        await using (var listen = new NpgsqlCommand("LISTEN graph_events", listener))
            await listen.ExecuteNonQueryAsync();
        await using var stream = await host.Services.GetRequiredService<ITopicEventReceiver>().SubscribeAsync<OutboxEvent>("in-process");
        await using var events = stream.ReadMessagesAsync().GetAsyncEnumerator();

        var first = await host.WriteEventAsync("in-process", new { n = 1 });
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(first.Id, events.Current.Id);

        // Committed without IEventOutbox.CommitAsync: the sweeper publishes it.
        var outbox = host.Services.GetRequiredService<IEventOutbox>();
        await using (var connection = await fixture.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await outbox.AddAsync(transaction, "in-process", TestSchema.Json("""{"n":2}"""));
            await transaction.CommitAsync();
        }

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, events.Current.Payload.GetProperty("n").GetInt32());

        // An event the database writes itself (a trigger's notification) is left unpublished for the sweeper, once the
        // server has told the database it delivers in process.
        await Conditions.WaitUntilAsync(async () => await Sql.ScalarAsync<bool>(fixture.DataSource, "SELECT notify_channel IS NULL FROM event_outbox_delivery"),
            TimeSpan.FromSeconds(10), "the sweeper's delivery set");
        await using (var announce = fixture.DataSource.CreateCommand("SELECT event_outbox_announce('in-process', '{\"n\":3}')"))
            await announce.ExecuteNonQueryAsync();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, events.Current.Payload.GetProperty("n").GetInt32());
        await listener.WaitAsync(TimeSpan.FromMilliseconds(200));
        Assert.Equal(0, notified);
    }
}
