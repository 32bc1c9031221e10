using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// A real npm client (graphql-ws or graphql-sse, tests/Conformance/Realtime/subscription-oracle.mjs) subscribed to one
/// document on the whole server with an access token, read line by line: SUBSCRIBED, NEXT &lt;json&gt; per event, DONE.
/// </summary>
public sealed class SubscriptionOracle : IAsyncDisposable
{
    private readonly Process _node;
    private readonly Task<string> _stderr;

    private SubscriptionOracle(Process node)
    {
        _node = node;
        _stderr = node.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the client; returns once it says SUBSCRIBED (the server may still be setting the subscription up).</summary>
    /// <param name="transport"><c>ws</c>, <c>sse-distinct</c> or <c>sse-single</c>.</param>
    public static async Task<SubscriptionOracle> StartAsync(StatusGraphHost host, string transport, string token, string document, object variables, int events)
    {
        var url = transport == "ws" ? host.WebSocketUri.ToString() : host.GraphQL.ToString();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Combine("tests", "Conformance", "Realtime"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "subscription-oracle.mjs", transport, url, token, document, JsonSerializer.Serialize(variables), events.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        var oracle = new SubscriptionOracle(Process.Start(start)!);
        Assert.Equal("SUBSCRIBED", await oracle.ReadLineAsync());
        return oracle;
    }

    /// <summary>The next event's <c>data</c>.</summary>
    public async Task<JsonElement> NextAsync()
    {
        var line = await ReadLineAsync();
        Assert.StartsWith("NEXT ", line);
        return JsonDocument.Parse(line["NEXT ".Length..]).RootElement.GetProperty("data").Clone();
    }

    /// <summary>The client ends by itself once it has its events.</summary>
    public async Task DoneAsync()
    {
        Assert.Equal("DONE", await ReadLineAsync());
        await _node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, _node.ExitCode);
    }

    private async Task<string> ReadLineAsync()
    {
        var line = await _node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (line is null)
        {
            await _node.WaitForExitAsync();
            throw new InvalidOperationException($"The oracle exited with {_node.ExitCode}: {await _stderr}");
        }

        return line.StartsWith("ERROR ", StringComparison.Ordinal) ? throw new InvalidOperationException(line) : line;
    }

    public ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
            _node.Kill(entireProcessTree: true);
        _node.Dispose();
        return ValueTask.CompletedTask;
    }
}
