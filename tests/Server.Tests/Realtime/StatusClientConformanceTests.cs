using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Schema.Relay;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// The graphql-ws and graphql-sse npm clients (tests/Conformance/Realtime/status-oracle.mjs) subscribe to
/// <c>bookingStatusChanged</c> on the whole server with a demo account's token; <c>updateBookingStatus</c>
/// mutations over HTTP fire, and the events must arrive as the clients parse them.
/// </summary>
public sealed class StatusClientConformanceTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private static readonly string[] Path = ["PENDING", "CONFIRMED", "SAMPLE_COLLECTED", "PROCESSING"];

    [Theory]
    [InlineData("ws", 0)]
    [InlineData("sse-distinct", 1)]
    [InlineData("sse-single", 2)]
    public async Task The_client_receives_the_changes_a_mutation_makes(string transport, int booking)
    {
        var bookingId = await host.ResetBookingAsync(booking, Path[0]);
        var url = transport == "ws" ? host.WebSocketUri.ToString() : host.GraphQL.ToString();
        // Row filters will decide what a caller sees; an admin sees every booking.
        var token = await host.TokenAsync("ADMIN");
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryRoot.Combine("tests", "Conformance", "Realtime"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "status-oracle.mjs", transport, url, token, bookingId, (Path.Length - 1).ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        try
        {
            Assert.Equal("SUBSCRIBED", await ReadLineAsync(node, stderr));
            await WaitForSubscriberAsync(bookingId);
            for (var i = 1; i < Path.Length; i++)
                await StatusGraphHost.MoveBookingAsync(host.Client, token, bookingId, Path[i]);

            for (var i = 1; i < Path.Length; i++)
            {
                var line = await ReadLineAsync(node, stderr);
                Assert.StartsWith("NEXT ", line);
                var changed = JsonDocument.Parse(line["NEXT ".Length..]).RootElement.GetProperty("data").GetProperty("bookingStatusChanged");
                Assert.Equal(bookingId, changed.GetProperty("booking").GetProperty("id").GetString());
                Assert.Equal(Path[i - 1], changed.GetProperty("previousStatus").GetString());
                Assert.Equal(Path[i], changed.GetProperty("status").GetString());
            }

            Assert.Equal("DONE", await ReadLineAsync(node, stderr));
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, node.ExitCode);
        }
        finally
        {
            if (!node.HasExited)
                node.Kill(entireProcessTree: true);
        }
    }

    private async Task WaitForSubscriberAsync(string bookingId)
    {
        NodeId.TryParse(bookingId, out var id);
        id.TryGetGuid(out var key);
        var topic = "bookingStatusChanged:" + key.ToString("D");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (host.Bus.SubscriberCount(topic) == 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The client never subscribed to " + topic);
            await Task.Delay(20);
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
}
