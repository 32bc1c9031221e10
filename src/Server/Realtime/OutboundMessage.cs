using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Server.Realtime;

/// <summary>A serialized message waiting in a connection's queue; its bytes are pooled until written.</summary>
internal sealed class OutboundMessage
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    private byte[]? _buffer;

    private OutboundMessage(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>Serializes one JSON message (written by <paramref name="write"/>), optionally framed by a prefix and suffix (SSE).</summary>
    public static OutboundMessage Create<TState>(TState state, Action<Utf8JsonWriter, TState> write, ReadOnlySpan<byte> prefix = default, ReadOnlySpan<byte> suffix = default)
    {
        var scratch = _scratch ??= new ArrayBufferWriter<byte>(4096);
        scratch.ResetWrittenCount();
        scratch.Write(prefix);
        using (var writer = new Utf8JsonWriter(scratch, WriterOptions))
        {
            write(writer, state);
        }

        scratch.Write(suffix);
        var buffer = ArrayPool<byte>.Shared.Rent(scratch.WrittenCount);
        scratch.WrittenSpan.CopyTo(buffer);
        if (scratch.Capacity > 64 * 1024)
            _scratch = null; // don't keep a large buffer per thread after one large result
        return new OutboundMessage(buffer, scratch.WrittenCount);
    }

    public static OutboundMessage FromBytes(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(buffer);
        return new OutboundMessage(buffer, bytes.Length);
    }

    public void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
            ArrayPool<byte>.Shared.Return(buffer);
    }
}
