using Graph.Server.Execution;
using Graph.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Realtime;

/// <summary>Operations over WebSocket pass the same trusted-document and variable checks as over HTTP: in allow-list mode
/// only registered documents run, and NUL characters in variables are refused.</summary>
public sealed class RealtimeTrustedDocumentsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Protocol = "graphql-transport-ws";
    private const string Allowed = "query Allowed($name: String) { hello(name: $name) }";

    [Fact]
    public async Task Over_a_websocket_only_registered_documents_run_in_allow_list_mode_and_NUL_variables_are_refused()
    {
        await using var host = await RealtimeTestHost.StartAsync(
            database.ConnectionString, settings: new Dictionary<string, string?> { ["GraphQL:PersistedOperations:Mode"] = "AllowList" });
        await host.Services.GetRequiredService<PersistedOperationStore>().StoreAsync(PersistedOperationStore.Hash(Allowed), Allowed, registered: true, CancellationToken.None);
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, Protocol);
        await socket.InitAsync();

        await socket.SendAsync(Subscribe("a", Allowed, "Ada"));
        var allowed = await socket.ReceiveAsync();
        Assert.Equal("next", allowed.GetProperty("type").GetString());
        Assert.Equal("a", allowed.GetProperty("id").GetString());
        Assert.Equal("""{"id":"a","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());

        await socket.SendAsync("""{"id":"u","type":"subscribe","payload":{"query":"query Other { hello }"}}""");
        var unregistered = await socket.ReceiveAsync();
        Assert.Equal("error", unregistered.GetProperty("type").GetString());
        Assert.Equal(PersistedOperationStore.OnlyPersistedCode, unregistered.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await socket.SendAsync(Subscribe("n", Allowed, "A\u0000da"));
        var nul = await socket.ReceiveAsync();
        Assert.Equal("error", nul.GetProperty("type").GetString());
        Assert.Equal(NoNulCharactersRule.Code, nul.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string Subscribe(string id, string query, string name) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query, variables = new { name } } });
}
