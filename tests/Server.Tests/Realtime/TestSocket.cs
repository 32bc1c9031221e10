using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Graph.Server.Tests.Realtime;

/// <summary>A raw WebSocket client speaking JSON messages, for protocol tests.</summary>
internal sealed class TestSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[1 << 20];

    public WebSocket Socket => _socket;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TestSocket> ConnectAsync(Uri uri, params string[] subprotocols)
    {
        var socket = new TestSocket();
        foreach (var protocol in subprotocols)
            socket._socket.Options.AddSubProtocol(protocol);
        await socket._socket.ConnectAsync(uri, CancellationToken.None);
        return socket;
    }

    public Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message as JSON; throws when the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync(int timeoutMs = 10_000)
    {
        var text = await ReceiveTextAsync(timeoutMs);
        return text is null
            ? throw new InvalidOperationException($"Socket closed: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}")
            : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Reads until the server closes; returns the close code (messages before it are skipped).</summary>
    public async Task<int> ReceiveCloseAsync(int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (await ReceiveTextAsync((int)Math.Max(1, (deadline - DateTime.UtcNow).TotalMilliseconds)) is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    /// <summary>The next text message, or null when the socket closed.</summary>
    public async Task<string?> ReceiveTextAsync(int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        var count = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(count), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }

            count += result.Count;
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(_buffer, 0, count);
        }
    }

    public async Task InitAsync(string payload = "{}")
    {
        await SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(2000);
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
