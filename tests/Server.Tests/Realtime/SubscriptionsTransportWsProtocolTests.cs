using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>The legacy subscriptions-transport-ws protocol (subprotocol graphql-ws).</summary>
public sealed class SubscriptionsTransportWsProtocolTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Protocol = "graphql-ws";

    [Fact]
    public async Task Init_is_acknowledged_and_followed_by_keep_alives()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        Assert.Equal(Protocol, socket.SubProtocol);
        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal("""{"type":"connection_ack"}""", (await socket.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"type":"ka"}""", (await socket.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"type":"ka"}""", (await socket.ReceiveAsync()).GetRawText()); // periodic
    }

    [Fact]
    public async Task Start_streams_data_and_stop_ends_the_subscription()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromHours(1));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init"}""");
        // Apollo's client sends start right after init, without waiting for the ack.
        await socket.SendAsync("""{"id":"1","type":"start","payload":{"query":"subscription($t: String!) { ticks(topic: $t) }","variables":{"t":"legacy"}}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("ka", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await host.WaitForSubscribersAsync("legacy");

        await host.Bus.SendAsync("legacy", "a");
        Assert.Equal("""{"id":"1","type":"data","payload":{"data":{"ticks":"a"}}}""", (await socket.ReceiveAsync()).GetRawText());

        await socket.SendAsync("""{"id":"1","type":"stop"}""");
        await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => host.Bus.SubscriberCount("legacy") == 0);
    }

    [Fact]
    public async Task Queries_give_data_then_complete_and_request_errors_come_as_data()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromHours(1));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init"}""");
        await socket.ReceiveAsync();
        await socket.ReceiveAsync();

        await socket.SendAsync("""{"id":"q","type":"start","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"q","type":"data","payload":{"data":{"hello":"hello world"}}}""", (await socket.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());

        await socket.SendAsync("""{"id":"v","type":"start","payload":{"query":"{ nope }"}}""");
        var data = await socket.ReceiveAsync();
        Assert.Equal("data", data.GetProperty("type").GetString());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", data.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("""{"id":"v","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Malformed_messages_get_errors_and_the_socket_stays_open()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromHours(1));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"id":"x","type":"start","payload":{"query":"{ hello }"}}""");
        Assert.Equal("error", (await socket.ReceiveAsync()).GetProperty("type").GetString()); // not initialised
        await socket.SendAsync("not json");
        Assert.Equal("connection_error", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await socket.SendAsync("""{"id":"y","type":"bogus"}""");
        Assert.Equal("""{"id":"y","type":"error","payload":{"message":"Invalid message type!"}}""", (await socket.ReceiveAsync()).GetRawText());
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Connection_terminate_closes_the_socket()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString);
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init"}""");
        await socket.SendAsync("""{"id":"1","type":"start","payload":{"query":"subscription { ticks(topic: \"term\") }"}}""");
        await host.WaitForSubscribersAsync("term");
        await socket.SendAsync("""{"type":"connection_terminate"}""");
        Assert.Equal(1000, await socket.ReceiveCloseAsync());
        await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => host.Bus.SubscriberCount("term") == 0);
    }
}
