using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Graph.Engine.Language;

namespace Graph.Engine.Execution;

/// <summary>A parsed document with the verdict of validation against the cache's schema.</summary>
public sealed record CachedDocument(string Hash, DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);

/// <summary>
/// Parsed and validated documents keyed by the SHA-256 of the query text, so a repeated query skips parsing
/// and validation (and reuses the field plans cached on its operation). One cache belongs to one schema.
/// Bounded: past <see cref="Capacity"/> entries the least recently used ones are evicted. Thread-safe.
/// </summary>
public sealed class OperationCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionLock = new();
    private long _clock;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _entries.Count;

    /// <summary>The lowercase hex SHA-256 of the UTF-8 query text (the key, also usable as a persisted-query id).</summary>
    public static string ComputeHash(string query)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(query.Length);
        var rented = maxBytes <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[maxBytes];
            var length = Encoding.UTF8.GetBytes(query, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public bool TryGet(string hash, out CachedDocument document)
    {
        if (_entries.TryGetValue(hash, out var entry))
        {
            Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    public CachedDocument GetOrAdd(string hash, Func<string, CachedDocument> create)
    {
        if (TryGet(hash, out var cached))
        {
            return cached;
        }

        var document = create(hash);
        var entry = _entries.GetOrAdd(hash, new Entry(document, Interlocked.Increment(ref _clock)));
        if (_entries.Count > Capacity)
        {
            Evict();
        }

        return entry.Document;
    }

    public void Clear() => _entries.Clear();

    /// <summary>Drops the least recently used quarter (at least the overflow) in one pass, so eviction is rare.</summary>
    private void Evict()
    {
        if (!Monitor.TryEnter(_evictionLock))
        {
            return;
        }

        try
        {
            var overflow = _entries.Count - Capacity;
            if (overflow <= 0)
            {
                return;
            }

            var snapshot = _entries.ToArray();
            Array.Sort(snapshot, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var remove = Math.Min(snapshot.Length, Math.Max(overflow, Capacity / 4));
            for (var i = 0; i < remove; i++)
            {
                _entries.TryRemove(snapshot[i].Key, out _);
            }
        }
        finally
        {
            Monitor.Exit(_evictionLock);
        }
    }

    private sealed class Entry(CachedDocument document, long lastUsed)
    {
        public CachedDocument Document { get; } = document;

        public long LastUsed = lastUsed;
    }
}
