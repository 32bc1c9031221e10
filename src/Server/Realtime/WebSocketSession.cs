using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace Graph.Server.Realtime;

/// <summary>
/// The socket plumbing both WebSocket protocols share: whole-message reads (no buffer held while idle), one
/// writer draining a bounded queue (so a slow reader overflows its own queue and is closed with 1013 instead
/// of holding back the publisher), and closing with a code, aborting when a stuck write keeps the close
/// frame from going out.
/// </summary>
internal sealed class WebSocketSession
{
    private readonly WebSocket _socket;
    private readonly RealtimeOptions _options;
    private readonly Channel<OutboundMessage> _outbound;
    private readonly CancellationTokenSource _ended = new();
    private readonly Lock _gate = new();
    private CloseRequest? _close;
    private Task _sendLoop = Task.CompletedTask;

    public WebSocketSession(WebSocket socket, RealtimeOptions options)
    {
        _socket = socket;
        _options = options;
        _outbound = Channel.CreateBounded<OutboundMessage>(new BoundedChannelOptions(options.OutboundQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Cancelled once the session is closing: operations stop.</summary>
    public CancellationToken Ended => _ended.Token;

    public bool IsClosing => Volatile.Read(ref _close) is not null;

    public void Start() => _sendLoop = SendLoopAsync();

    /// <summary>Queues a message; false when closing, or when the queue is full (the session then closes with 1013).</summary>
    public bool TrySend(OutboundMessage message)
    {
        if (IsClosing)
        {
            message.Release();
            return false;
        }

        if (_outbound.Writer.TryWrite(message))
            return true;
        message.Release();
        Close(RealtimeCloseCodes.TryAgainLater, "Try again later: the client read too slowly and missed events");
        return false;
    }

    /// <summary>
    /// Closes with <paramref name="code"/>; with <paramref name="flush"/> queued messages go out first (e.g. an
    /// error explaining the close), otherwise they are dropped. The first close wins.
    /// </summary>
    public void Close(int code, string reason, bool flush = false)
    {
        lock (_gate)
        {
            if (_close is not null)
                return;
            _close = new CloseRequest(code, Truncate(reason), flush);
        }

        _outbound.Writer.TryComplete();
        _ended.Cancel();
        _ = AbortWhenStuckAsync();
    }

    /// <summary>The next whole message (the caller releases it), or null once the socket is closed.</summary>
    public async ValueTask<ReceivedMessage?> ReceiveAsync()
    {
        byte[]? buffer = null;
        var count = 0;
        try
        {
            while (true)
            {
                if (buffer is null)
                {
                    // A zero-byte read waits for data without renting a buffer: idle sockets then cost no buffer.
                    var probe = await _socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
                    if (probe.MessageType == WebSocketMessageType.Close)
                        return null;
                    buffer = ArrayPool<byte>.Shared.Rent(4096);
                    if (probe.EndOfMessage)
                        return new ReceivedMessage(buffer, 0);
                }

                if (count == buffer.Length)
                {
                    if (buffer.Length >= _options.MaxMessageSize)
                    {
                        Close(RealtimeCloseCodes.MessageTooBig, "Message too big");
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxMessageSize + 1));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                    return null;
                count += result.Count;
                if (count > _options.MaxMessageSize)
                {
                    Close(RealtimeCloseCodes.MessageTooBig, "Message too big");
                    return null;
                }

                if (result.EndOfMessage)
                {
                    var message = new ReceivedMessage(buffer, count);
                    buffer = null;
                    return message;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            return null;
        }
        finally
        {
            if (buffer is not null)
                ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Ends the session (closing normally unless a close was requested) and waits for the writer.</summary>
    public async Task CompleteAsync()
    {
        Close(RealtimeCloseCodes.NormalClosure, string.Empty);
        await _sendLoop;
    }

    private async Task SendLoopAsync()
    {
        await Task.Yield();
        var reader = _outbound.Reader;
        try
        {
            while (await reader.WaitToReadAsync())
            {
                while (ShouldSend() && reader.TryRead(out var message))
                {
                    try
                    {
                        await _socket.SendAsync(message.Memory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                    }
                    finally
                    {
                        message.Release();
                    }
                }

                if (!ShouldSend())
                    break;
            }

            if (Volatile.Read(ref _close) is { } close && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Reason, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            _socket.Abort();
        }
        finally
        {
            while (reader.TryRead(out var left))
                left.Release();
        }
    }

    private bool ShouldSend() => Volatile.Read(ref _close) is not { Flush: false };

    private async Task AbortWhenStuckAsync()
    {
        await Task.Delay(_options.CloseTimeout);
        if (_socket.State is not (WebSocketState.Closed or WebSocketState.Aborted))
            _socket.Abort();
    }

    private static string Truncate(string reason)
    {
        // A close reason is at most 123 bytes of UTF-8.
        if (System.Text.Encoding.UTF8.GetByteCount(reason) <= 123)
            return reason;
        var end = Math.Min(reason.Length, 120);
        while (System.Text.Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > 120)
            end--;
        return reason[..end] + "...";
    }

    private sealed record CloseRequest(int Code, string Reason, bool Flush);
}

/// <summary>A received message in a pooled buffer.</summary>
internal readonly record struct ReceivedMessage(byte[] Buffer, int Count)
{
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Count);

    public void Release() => ArrayPool<byte>.Shared.Return(Buffer);
}
