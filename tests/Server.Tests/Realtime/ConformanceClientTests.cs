using System.Diagnostics;
using System.Text.Json;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// The real graphql-ws and graphql-sse npm clients (tests/Conformance/Realtime) subscribe to a host; events
/// are published through the outbox and NOTIFY, and must arrive as the clients parse them.
/// </summary>
public sealed class ConformanceClientTests(RealtimeHostFixture fixture) : IClassFixture<RealtimeHostFixture>
{
    private const int Events = 3;

    [Fact]
    public Task The_graphql_ws_client_receives_outbox_events() =>
        RunOracleAsync("graphql-ws-oracle.mjs", "ws-node", fixture.Host.WebSocketUri.ToString());

    [Fact]
    public Task The_graphql_sse_client_receives_outbox_events_over_distinct_connections() =>
        RunOracleAsync("graphql-sse-oracle.mjs", "sse-distinct", fixture.Host.GraphQL.ToString(), "distinct");

    [Fact]
    public Task The_graphql_sse_client_receives_outbox_events_over_a_single_connection() =>
        RunOracleAsync("graphql-sse-oracle.mjs", "sse-single", fixture.Host.GraphQL.ToString(), "single");

    private async Task RunOracleAsync(string script, string nodeId, string url, string? mode = null)
    {
        var host = fixture.Host;
        var start = new ProcessStartInfo("node") { WorkingDirectory = ConformanceDirectory(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, url, nodeId, Events.ToString(System.Globalization.CultureInfo.InvariantCulture), mode ?? "" })
            start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        try
        {
            var query = await ReadLineAsync(node, stderr);
            Assert.StartsWith("QUERY ", query);
            Assert.Equal("""{"data":{"hello":"hello """ + script[..^"-oracle.mjs".Length] + "\"}}", query["QUERY ".Length..]);
            Assert.Equal("SUBSCRIBED", await ReadLineAsync(node, stderr));
            await host.WaitForSubscribersAsync(TestSchema.StatusTopic(nodeId));

            var sequences = new List<long>();
            for (var i = 0; i < Events; i++)
                sequences.Add((await host.WriteEventAsync(TestSchema.StatusTopic(nodeId), new { nodeId, status = "S" + i })).Sequence);

            for (var i = 0; i < Events; i++)
            {
                var line = await ReadLineAsync(node, stderr);
                Assert.StartsWith("NEXT ", line);
                var statusChanged = JsonDocument.Parse(line["NEXT ".Length..]).RootElement.GetProperty("data").GetProperty("statusChanged");
                Assert.Equal(nodeId, statusChanged.GetProperty("nodeId").GetString());
                Assert.Equal("S" + i, statusChanged.GetProperty("status").GetString());
                Assert.Equal(sequences[i], statusChanged.GetProperty("sequence").GetInt64());
            }

            Assert.Equal("DONE", await ReadLineAsync(node, stderr));
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, node.ExitCode);
            await GraphQLTransportWsProtocolTests.WaitUntilAsync(() => host.Bus.SubscriberCount(TestSchema.StatusTopic(nodeId)) == 0);
        }
        finally
        {
            if (!node.HasExited)
                node.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ReadLineAsync(Process node, Task<string> stderr)
    {
        var line = await node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (line is null)
        {
            await node.WaitForExitAsync();
            throw new InvalidOperationException($"The oracle exited with {node.ExitCode}: {await stderr}");
        }

        return line.StartsWith("ERROR ", StringComparison.Ordinal) ? throw new InvalidOperationException(line) : line;
    }

    private static string ConformanceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Graph.sln not found above the test binaries."), "tests", "Conformance", "Realtime");
    }
}
