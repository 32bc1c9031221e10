using System.Net.WebSockets;
using Graph.Server.Realtime;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>graphql-transport-ws over a raw socket: every message type and close code of the protocol.</summary>
public sealed class GraphQLTransportWsProtocolTests(RealtimeHostFixture fixture) : IClassFixture<RealtimeHostFixture>
{
    private const string Protocol = "graphql-transport-ws";

    private RealtimeTestHost Host => fixture.Host;

    [Fact]
    public async Task Negotiates_the_subprotocol_and_acknowledges_init()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        Assert.Equal(Protocol, socket.SubProtocol);
        await socket.InitAsync();
    }

    [Fact]
    public async Task Prefers_graphql_transport_ws_when_both_are_offered()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, "graphql-ws", Protocol);
        Assert.Equal(Protocol, socket.SubProtocol);
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { counter(to: 3) }"}}""");

        for (var i = 1; i <= 3; i++)
        {
            var next = await socket.ReceiveAsync();
            Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"counter":""" + i + "}}}", next.GetRawText());
        }

        Assert.Equal("""{"id":"1","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Queries_and_mutations_give_one_next_then_complete()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"ws"}}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"hello ws"}}}""", (await socket.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());

        await socket.SendAsync("""{"id":"m","type":"subscribe","payload":{"query":"mutation { echo(text: \"hi\") }"}}""");
        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"echo":"hi"}}}""", (await socket.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"m","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Validation_errors_are_an_error_message_without_complete()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"v","type":"subscribe","payload":{"query":"{ nope }"}}""");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("v", error.GetProperty("id").GetString());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.GetProperty("payload")[0].GetProperty("message").GetString());

        // The next message belongs to the next operation: no complete for "v".
        await socket.SendAsync("""{"id":"after","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("after", (await socket.ReceiveAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Execution_errors_of_subscribe_are_a_next_with_errors_masked_like_http()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"b","type":"subscribe","payload":{"query":"subscription { broken }"}}""");
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        var error = next.GetProperty("payload").GetProperty("errors")[0];
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        // The test host runs in Development, where the details join the extensions as on HTTP.
        Assert.Equal("cannot subscribe", error.GetProperty("extensions").GetProperty("message").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_its_payload_even_before_init()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", (await socket.ReceiveAsync()).GetRawText());
        await socket.InitAsync();
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await socket.ReceiveAsync()).GetRawText());
        await socket.SendAsync("""{"type":"pong"}"""); // an unsolicited pong is fine
        await socket.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Client_complete_stops_the_subscription_and_frees_its_id()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"complete-test\") }"}}""");
        await Host.WaitForSubscribersAsync("complete-test");
        await Host.Bus.SendAsync("complete-test", "one");
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"ticks":"one"}}}""", (await socket.ReceiveAsync()).GetRawText());

        await socket.SendAsync("""{"id":"s","type":"complete"}""");
        await WaitUntilAsync(() => Host.Bus.SubscriberCount("complete-test") == 0);

        // The id may be used again at once, and nothing more arrives for the stopped one.
        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"hello":"hello world"}}}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Closing_the_socket_disposes_its_subscriptions()
    {
        var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"close-test\") }"}}""");
        await Host.WaitForSubscribersAsync("close-test");
        await socket.DisposeAsync();
        await WaitUntilAsync(() => Host.Bus.SubscriberCount("close-test") == 0);
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_with_4401()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal(4401, await socket.ReceiveCloseAsync());
        Assert.Equal("Unauthorized", socket.Socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":"what"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"connection_init","payload":"token"}""")]
    [InlineData("[1]")]
    public async Task Invalid_messages_close_with_4400(string message)
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.SendAsync(message);
        Assert.Equal(4400, await socket.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }","variables":[1]}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task Invalid_operation_messages_close_with_4400(string message)
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync(message);
        Assert.Equal(4400, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal(4429, await socket.ReceiveCloseAsync());
        Assert.Equal("Too many initialisation requests", socket.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_duplicate_id_of_a_running_subscription_closes_with_4409()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"dup\") }"}}""");
        await Host.WaitForSubscribersAsync("dup");
        await socket.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"dup\") }"}}""");
        Assert.Equal(4409, await socket.ReceiveCloseAsync());
        Assert.Equal("Subscriber for dup already exists", socket.Socket.CloseStatusDescription);
        await WaitUntilAsync(() => Host.Bus.SubscriberCount("dup") == 0);
    }

    [Fact]
    public async Task An_unsupported_subprotocol_closes_with_4406()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, "mqtt");
        Assert.Equal(4406, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Requests_that_are_not_realtime_fall_through_to_the_http_endpoint()
    {
        var post = await Host.Client.PostAsync("/graphql", new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("http transport", await post.Content.ReadAsStringAsync());
        Assert.Equal("http transport", await Host.Client.GetStringAsync("/graphql?query={hello}"));
    }

    [Fact]
    public async Task Outbox_events_reach_a_websocket_subscriber_through_notify()
    {
        await using var socket = await TestSocket.ConnectAsync(Host.WebSocketUri, Protocol);
        await socket.InitAsync();
        await socket.SendAsync("""{"id":"st","type":"subscribe","payload":{"query":"subscription { statusChanged(nodeId: \"b1\") { nodeId status note } }"}}""");
        await Host.WaitForSubscribersAsync(TestSchema.StatusTopic("b1"));
        await Host.WriteEventAsync(TestSchema.StatusTopic("b1"), new { nodeId = "b1", status = "CONFIRMED", note = "ok" });
        Assert.Equal(
            """{"id":"st","type":"next","payload":{"data":{"statusChanged":{"nodeId":"b1","status":"CONFIRMED","note":"ok"}}}}""",
            (await socket.ReceiveAsync()).GetRawText());
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The condition did not become true in time.");
            await Task.Delay(20);
        }
    }
}

/// <summary>Close codes that need their own host settings: init timeout, rejected and expiring credentials.</summary>
public sealed class GraphQLTransportWsConnectionTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.ConnectionInitTimeout = TimeSpan.FromSeconds(2));
        // An initialised connection outlives the timeout: it opened before the one that never initialises, so when that
        // one is closed for its timeout, the initialised one's would have passed too (no sleep for a time).
        await using var initialised = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await initialised.InitAsync();
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        Assert.Equal(4408, await socket.ReceiveCloseAsync());
        Assert.Equal("Connection initialisation timeout", socket.Socket.CloseStatusDescription);
        Assert.Equal(WebSocketState.Open, initialised.Socket.State);
        await initialised.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await initialised.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task The_authenticator_sees_the_bearer_token_and_a_rejection_closes_with_4403()
    {
        var authenticator = new TokenAuthenticator("good");
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, authenticator: authenticator);

        await using var rejected = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await rejected.SendAsync("""{"type":"connection_init","payload":{"authorization":"Bearer bad"}}""");
        Assert.Equal(4403, await rejected.ReceiveCloseAsync());
        Assert.Equal("Forbidden", rejected.Socket.CloseStatusDescription);

        await using var accepted = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await accepted.InitAsync("""{"authorization":"Bearer good"}""");
        Assert.Equal(["bad", "good"], authenticator.Tokens);
    }

    [Fact]
    public async Task Credentials_that_expire_close_the_socket_with_4403()
    {
        var authenticator = new TokenAuthenticator("good", expiresIn: TimeSpan.FromMilliseconds(400));
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, authenticator: authenticator);
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync("""{"authorization":"Bearer good"}""");
        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { ticks(topic: \"expiry\") }"}}""");
        await host.WaitForSubscribersAsync("expiry");
        Assert.Equal(4403, await socket.ReceiveCloseAsync());
        Assert.Equal("Forbidden: the access token expired", socket.Socket.CloseStatusDescription);
        await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => host.Bus.SubscriberCount("expiry") == 0);
    }

    [Fact]
    public async Task Server_pings_when_configured()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.PingInterval = TimeSpan.FromMilliseconds(100));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync();
        Assert.Equal("""{"type":"ping"}""", (await socket.ReceiveAsync()).GetRawText());
    }

    private sealed class TokenAuthenticator(string valid, TimeSpan? expiresIn = null) : IConnectionAuthenticator
    {
        public List<string?> Tokens { get; } = [];

        public ValueTask<ConnectionAuthentication> AuthenticateAsync(ConnectionAuthenticationContext context, CancellationToken cancellationToken)
        {
            lock (Tokens)
                Tokens.Add(context.BearerToken);
            if (context.BearerToken != valid)
                return new(ConnectionAuthentication.Reject());
            var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", "u1")], "Bearer"));
            return new(ConnectionAuthentication.Accept(user, expiresIn is { } e ? DateTimeOffset.UtcNow + e : null));
        }
    }
}
