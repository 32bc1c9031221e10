using System.Security.Claims;
using Graph.Server.Realtime;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>The close codes the legacy protocol (subprotocol graphql-ws) shares with graphql-transport-ws.</summary>
public sealed class SubscriptionsTransportWsCloseCodeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Protocol = "graphql-ws";

    [Fact]
    public async Task A_rejected_init_gets_connection_error_then_4403()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, authenticator: new OneTokenAuthenticator("good"));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init","payload":{"authorization":"Bearer bad"}}""");

        Assert.Equal("connection_error", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_init_gets_connection_error_then_4429()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromHours(1));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("ka", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        await socket.SendAsync("""{"type":"connection_init","payload":{}}""");

        Assert.Equal("connection_error", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(4429, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, o => o.ConnectionInitTimeout = TimeSpan.FromSeconds(1));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);

        Assert.Equal(4408, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Credentials_that_expire_close_the_socket_with_4403()
    {
        await using var host = await RealtimeTestHost.StartAsync(
            fixture.ConnectionString, o => o.KeepAliveInterval = TimeSpan.FromHours(1), new OneTokenAuthenticator("good", TimeSpan.FromMilliseconds(500)));
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.SendAsync("""{"type":"connection_init","payload":{"authorization":"Bearer good"}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
    }

    private sealed class OneTokenAuthenticator(string valid, TimeSpan? expiresIn = null) : IConnectionAuthenticator
    {
        public ValueTask<ConnectionAuthentication> AuthenticateAsync(ConnectionAuthenticationContext context, CancellationToken cancellationToken)
        {
            if (context.BearerToken != valid)
                return new(ConnectionAuthentication.Reject());
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1")], "Bearer"));
            return new(ConnectionAuthentication.Accept(user, expiresIn is { } e ? DateTimeOffset.UtcNow + e : null));
        }
    }
}
