using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Graph.Server.Realtime;

/// <summary>graphql-sse single connection mode: streams reserved by PUT, by their one-time token.</summary>
internal sealed class EventStreamReservations
{
    private readonly ConcurrentDictionary<string, ReservedEventStream> _streams = new(StringComparer.Ordinal);

    // Reservations not yet connected, per client address: anonymous callers may reserve, so each address is bounded.
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);

    /// <summary>A new reservation for <paramref name="client"/>; null when it holds
    /// <see cref="RealtimeOptions.SseMaxPendingReservationsPerClient"/> unconnected ones already.</summary>
    public ReservedEventStream? Reserve(RealtimeOptions options, string client)
    {
        if (_pending.AddOrUpdate(client, 1, (_, count) => count + 1) > options.SseMaxPendingReservationsPerClient)
        {
            Release(client);
            return null;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var stream = new ReservedEventStream(token, new EventStreamWriter(options), client);
        _streams[token] = stream;
        _ = ExpireUnlessConnectedAsync(stream, options.SseReservationTimeout);
        return stream;
    }

    /// <summary>The reservation stops counting against its client: its stream connected, or it ended.</summary>
    public void Settle(ReservedEventStream stream)
    {
        if (stream.TrySettle())
            Release(stream.Client);
    }

    private void Release(string client)
    {
        if (_pending.AddOrUpdate(client, 0, (_, count) => count - 1) <= 0)
            _pending.TryRemove(new KeyValuePair<string, int>(client, 0));
    }

    public ReservedEventStream? Find(string token) => _streams.GetValueOrDefault(token);

    public void Remove(ReservedEventStream stream)
    {
        _streams.TryRemove(new KeyValuePair<string, ReservedEventStream>(stream.Token, stream));
        Settle(stream);
        stream.StopAll();
    }

    private async Task ExpireUnlessConnectedAsync(ReservedEventStream stream, TimeSpan timeout)
    {
        await Task.Delay(timeout);
        if (!stream.IsOpen)
            Remove(stream);
    }
}

/// <summary>One reserved stream and the operations streaming into it, by operation id.</summary>
internal sealed class ReservedEventStream(string token, EventStreamWriter writer, string client)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private int _open;
    private int _settled;

    public string Token { get; } = token;

    /// <summary>The address that reserved it.</summary>
    public string Client { get; } = client;

    internal bool TrySettle() => Interlocked.Exchange(ref _settled, 1) == 0;

    public EventStreamWriter Writer { get; } = writer;

    public bool IsOpen => Volatile.Read(ref _open) == 1;

    public CancellationTokenSource Ended { get; } = new();

    /// <summary>Claims the reservation for a connecting event stream; false when one is open already.</summary>
    public bool TryOpen() => Interlocked.Exchange(ref _open, 1) == 0;

    public int OperationCount => _operations.Count;

    public CancellationTokenSource? TryAddOperation(string id)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ended.Token);
        if (_operations.TryAdd(id, cancellation))
            return cancellation;
        cancellation.Dispose();
        return null;
    }

    public bool HasOperation(string id) => _operations.ContainsKey(id);

    public bool StopOperation(string id)
    {
        if (!_operations.TryRemove(id, out var cancellation))
            return false;
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        return true;
    }

    public void OperationEnded(string id, CancellationTokenSource cancellation)
    {
        _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
        cancellation.Dispose();
    }

    public void StopAll()
    {
        try
        {
            Ended.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        Writer.Finish();
    }
}
