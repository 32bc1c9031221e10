using Graph.Engine.Subscriptions;
using Graph.Server.Realtime;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>A subscriber that stops reading never slows the others, and overflowing closes it with 1013.</summary>
public sealed class SlowSubscriberTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_stalled_socket_overflows_and_is_closed_with_1013_while_the_others_receive_every_event()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o =>
        {
            o.OutboundQueueCapacity = 64;
            o.CloseTimeout = TimeSpan.FromSeconds(60); // let the close frame out once the stalled client reads again
        });
        const string Subscribe = """{"id":"t","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"firehose\") }"}}""";
        await using var slow = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await slow.InitAsync();
        await slow.SendAsync(Subscribe);
        var fast = new List<TestSocket>();
        for (var i = 0; i < 3; i++)
        {
            var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
            await socket.InitAsync();
            await socket.SendAsync(Subscribe);
            fast.Add(socket);
        }

        await host.WaitForSubscribersAsync("firehose", 4);

        // 400 events of 64 KB, far more than the socket buffers plus 64 queued messages hold, sent in batches of 20.
        // The reading subscribers receive every batch while the stalled one has read nothing: their progress does not
        // wait on it (a speed bound would be a benchmark's, and flaky on a busy machine; the wait is only a hang guard).
        const int Events = 400;
        const int Batch = 20;
        var payload = new string('e', 64 * 1024);
        var receivedByFast = new int[fast.Count];
        var readers = fast.Select((socket, index) => Task.Run(async () =>
        {
            for (var n = 0; n < Events; n++)
            {
                Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
                Volatile.Write(ref receivedByFast[index], n + 1);
            }
        })).ToList();
        for (var sent = 0; sent < Events; sent += Batch)
        {
            for (var n = 0; n < Batch; n++)
                await host.Bus.SendAsync("firehose", payload);
            await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => receivedByFast.All(r => Volatile.Read(ref r) >= sent + Batch), 30_000);
        }

        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(30));

        // The stalled client now reads: what was buffered, then the close.
        var received = 0;
        while (await slow.ReceiveTextAsync() is not null)
            received++;
        Assert.Equal(RealtimeCloseCodes.TryAgainLater, (int)slow.Socket.CloseStatus!.Value);
        Assert.InRange(received, 1, Events - 1);
        await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => host.Bus.SubscriberCount("firehose") == 3);
        foreach (var socket in fast)
            await socket.DisposeAsync();
    }

    [Fact]
    public async Task The_bus_ends_a_subscriber_that_falls_behind_and_keeps_serving_the_others()
    {
        var bus = new InMemoryTopicEventBus(2, TopicOverflowPolicy.EndSubscriber);
        await using var lagging = await bus.SubscribeAsync<int>("t");
        await using var keeping = await bus.SubscribeAsync<int>("t");
        var keepingEvents = keeping.ReadMessagesAsync().GetAsyncEnumerator();

        for (var i = 1; i <= 3; i++)
        {
            await bus.SendAsync("t", i);
            Assert.True(await keepingEvents.MoveNextAsync());
            Assert.Equal(i, keepingEvents.Current);
        }

        var laggingEvents = lagging.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await laggingEvents.MoveNextAsync());
        Assert.True(await laggingEvents.MoveNextAsync());
        await Assert.ThrowsAsync<SubscriberOverflowException>(async () => await laggingEvents.MoveNextAsync());
        Assert.Equal(1, bus.SubscriberCount("t"));
        await keepingEvents.DisposeAsync();
    }
}
