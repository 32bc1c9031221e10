using System.Text.Json;
using System.Threading.Channels;
using Graph.Engine.Execution;

namespace Graph.Server.Realtime;

/// <summary>
/// One <c>text/event-stream</c> response: a bounded queue of events drained by one writer, with a comment
/// heartbeat. A client that lets the queue fill is cut off (the response is aborted: SSE has no close code),
/// so it never holds back others.
/// </summary>
internal sealed class EventStreamWriter
{
    private static ReadOnlySpan<byte> NextPrefix => "event: next\ndata: "u8;

    private static ReadOnlySpan<byte> CompletePrefix => "event: complete\ndata: "u8;

    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;

    private static ReadOnlySpan<byte> Heartbeat => ":\n\n"u8;

    private readonly Channel<OutboundMessage> _queue;
    private readonly RealtimeOptions _options;
    private int _overflowed;

    public EventStreamWriter(RealtimeOptions options)
    {
        _options = options;
        _queue = Channel.CreateBounded<OutboundMessage>(new BoundedChannelOptions(options.OutboundQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Set when the queue overflowed; the response is then aborted.</summary>
    public bool Overflowed => Volatile.Read(ref _overflowed) == 1;

    /// <summary>Completes when the queue overflowed (the caller aborts the connection).</summary>
    public TaskCompletionSource OverflowSignal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void PrepareResponse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no"; // nginx: don't buffer the stream
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    /// <summary><c>event: next</c> with the result, wrapped in <c>{id, payload}</c> when <paramref name="operationId"/> is set (single connection mode).</summary>
    public bool TryNext(string? operationId, ExecutionResult result) =>
        TryEnqueue(OutboundMessage.Create((operationId, result), static (writer, state) =>
        {
            if (state.operationId is null)
            {
                ExecutionResultWriter.WriteResult(writer, state.result);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("id", state.operationId);
            writer.WritePropertyName("payload");
            ExecutionResultWriter.WriteResult(writer, state.result);
            writer.WriteEndObject();
        }, NextPrefix, EventEnd));

    /// <summary><c>event: complete</c>, with <c>{id}</c> data in single connection mode.</summary>
    public bool TryComplete(string? operationId) =>
        TryEnqueue(operationId is null
            ? OutboundMessage.FromBytes("event: complete\ndata:\n\n"u8)
            : OutboundMessage.Create(operationId, static (writer, id) =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteEndObject();
            }, CompletePrefix, EventEnd));

    /// <summary>No more events: the writer finishes after the queued ones.</summary>
    public void Finish() => _queue.Writer.TryComplete();

    /// <summary>Writes the queue to the response until <see cref="Finish"/>, the client leaving, or overflow.</summary>
    public async Task RunAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        using var heartbeat = new PeriodicTimer(_options.KeepAliveInterval);
        Task<bool>? tick = null;
        Task<bool>? read = null;
        try
        {
            await response.Body.WriteAsync(Heartbeat.ToArray(), cancellationToken); // flushes the headers
            await response.Body.FlushAsync(cancellationToken);
            while (true)
            {
                read ??= reader.WaitToReadAsync(cancellationToken).AsTask();
                tick ??= heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(read, tick) == tick)
                {
                    await tick;
                    tick = null;
                    await response.Body.WriteAsync(Heartbeat.ToArray(), cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    continue;
                }

                var more = await read;
                read = null;
                if (!more)
                    return;

                while (reader.TryRead(out var message))
                {
                    try
                    {
                        await response.Body.WriteAsync(message.Memory, cancellationToken);
                    }
                    finally
                    {
                        message.Release();
                    }
                }

                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // the client went away
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
                left.Release();
        }
    }

    private bool TryEnqueue(OutboundMessage message)
    {
        if (_queue.Writer.TryWrite(message))
            return true;
        message.Release();
        if (Interlocked.Exchange(ref _overflowed, 1) == 0)
            OverflowSignal.TrySetResult();
        return false;
    }

    /// <summary>Writes a JSON error body <c>{"errors":[{"message": ...}]}</c> (requests refused before streaming).</summary>
    public static async Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
