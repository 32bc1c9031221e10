using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Graph.Bench.Subscriptions;

/// <summary>
/// Starts the server as a child process, opens N graphql-transport-ws sockets each subscribed to the same
/// booking's status, publishes status events through the outbox and measures, per delivered event, the time
/// from the publishing transaction to the subscriber reading it, and the server's memory per subscriber.
/// </summary>
internal static class BenchClient
{
    public static async Task<int> RunAsync(string connectionString, int subscribers, int events)
    {
        using var server = StartServer(connectionString, out var baseUrl);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var before = await MemoryAsync(http);
        var wsUri = new Uri(baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql");
        var sockets = new ClientWebSocket[subscribers];
        var latencies = new List<double>[subscribers];
        var clock = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(64))
        {
            await Task.WhenAll(Enumerable.Range(0, subscribers).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    sockets[i] = await ConnectAsync(wsUri);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var connectTime = clock.Elapsed;
        while (await http.GetFromJsonAsync<int>("/bench/subscribers") < subscribers)
            await Task.Delay(200);
        Console.WriteLine($"{subscribers} subscribers connected and subscribed in {connectTime.TotalSeconds:F1} s");
        var after = await MemoryAsync(http);

        var receivers = Enumerable.Range(0, subscribers).Select(i => ReceiveAsync(sockets[i], latencies[i] = new List<double>(events), events)).ToArray();
        for (var e = 0; e < events; e++)
        {
            (await http.PostAsync($"/bench/publish?status=S{e}", null)).EnsureSuccessStatusCode();
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var finished = Task.WhenAll(receivers);
        await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(60)));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var delivered = all.Length;
        Console.WriteLine($"events published: {events}; deliveries: {delivered} of {subscribers * events}");
        if (delivered > 0)
        {
            Console.WriteLine($"delivery latency ms: p50 {Percentile(all, 0.50):F1}  p90 {Percentile(all, 0.90):F1}  p99 {Percentile(all, 0.99):F1}  max {all[^1]:F1}");
        }

        Console.WriteLine($"server working set: {before.WorkingSet / 1048576.0:F0} MiB idle -> {after.WorkingSet / 1048576.0:F0} MiB with subscribers " +
            $"({(after.WorkingSet - before.WorkingSet) / (double)subscribers / 1024:F1} KiB per subscriber)");
        Console.WriteLine($"server managed heap: {before.Managed / 1048576.0:F0} MiB -> {after.Managed / 1048576.0:F0} MiB " +
            $"({(after.Managed - before.Managed) / (double)subscribers / 1024:F1} KiB per subscriber)");
        foreach (var socket in sockets)
            socket.Abort();
        server.Kill(entireProcessTree: true);
        return delivered == subscribers * events ? 0 : 1;
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri uri)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(uri, CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{"authorization":"Bearer bench"}}""");
        var buffer = new byte[256];
        var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
        if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
            throw new InvalidOperationException("no ack");
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { bookingStatusChanged(bookingId: \"bench\") { bookingId status sentAt } }"}}""");
        return socket;
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, List<double> latencies, int events)
    {
        var buffer = new byte[1024];
        while (latencies.Count < events)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                count += result.Count;
            }
            while (!result.EndOfMessage);
            var now = DateTime.UtcNow.Ticks;
            using var message = JsonDocument.Parse(buffer.AsMemory(0, count));
            var sentAt = message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("bookingStatusChanged").GetProperty("sentAt").GetInt64();
            latencies.Add((now - sentAt) / (double)TimeSpan.TicksPerMillisecond);
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static Process StartServer(string connectionString, out string baseUrl)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(BenchClient).Assembly.Location);
        start.ArgumentList.Add("server");
        start.Environment["ConnectionStrings__Graph"] = connectionString;
        if (Environment.ProcessPath!.EndsWith("Graph.Bench.Subscriptions", StringComparison.Ordinal))
            start.ArgumentList.RemoveAt(0);
        var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                baseUrl = line["LISTENING ".Length..];
                return process;
            }
        }

        throw new InvalidOperationException("The bench server did not start.");
    }

    private static async Task<(long WorkingSet, long Managed)> MemoryAsync(HttpClient http)
    {
        var memory = await http.GetFromJsonAsync<JsonElement>("/bench/memory");
        return (memory.GetProperty("workingSet").GetInt64(), memory.GetProperty("managed").GetInt64());
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
