using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Webhooks;

/// <summary>One request the Node receiver got, as it saw it (its own signature check in <see cref="Valid"/>).</summary>
public sealed record ReceivedWebhook(string Id, string? Timestamp, long ReceivedAt, int Attempt, int Status, bool Valid, string? Reason, JsonElement Body);

/// <summary>tests/Conformance/Webhooks/receiver.mjs run with Node: a receiver written apart from the server that verifies signatures with node:crypto.</summary>
public sealed class WebhookReceiverProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _control;

    private WebhookReceiverProcess(Process process, int port)
    {
        _process = process;
        Url = $"http://127.0.0.1:{port}/hook";
        _control = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    /// <summary>Where deliveries go.</summary>
    public string Url { get; }

    public static async Task<WebhookReceiverProcess> StartAsync()
    {
        var start = new ProcessStartInfo("node", ["receiver.mjs"])
        {
            WorkingDirectory = RepositoryRoot.Combine("tests", "Conformance", "Webhooks"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
            throw new InvalidOperationException($"The receiver did not start: {line} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
        return new WebhookReceiverProcess(process, int.Parse(line["listening ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The secrets it verifies with, and how it answers: the first <paramref name="failFirst"/> attempts of each message with <paramref name="failStatus"/>.</summary>
    public async Task ConfigureAsync(IEnumerable<string> secrets, int failFirst = 0, int failStatus = 500, int delayMs = 0)
    {
        using var response = await _control.PostAsJsonAsync("_control/config", new { secrets, failFirst, failStatus, delayMs });
        response.EnsureSuccessStatusCode();
    }

    public async Task<List<ReceivedWebhook>> ReceivedAsync() =>
        await _control.GetFromJsonAsync<List<ReceivedWebhook>>("_control/received", JsonSerializerOptions.Web) ?? [];

    /// <summary>Waits until <paramref name="done"/> holds for what was received; answers it then.</summary>
    public async Task<List<ReceivedWebhook>> WaitForAsync(Func<List<ReceivedWebhook>, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var received = await ReceivedAsync();
            if (done(received))
                return received;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Waited {timeout} for {what}; received {received.Count}: {string.Join(", ", received.Select(r => $"{r.Id}#{r.Attempt}={r.Status}"))}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
