using System.Collections.Concurrent;

namespace Graph.Engine.Language;

/// <summary>
/// A process-wide, bounded intern table for names, so the names every request repeats (fields,
/// types, keywords) are looked up from the source span instead of allocated again.
/// </summary>
internal static class NameTable
{
    private const int MaxEntries = 16_384;
    private const int MaxNameLength = 64;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; a counter is enough to bound the table.
    private static int _count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (Lookup.TryGetValue(name, out var interned))
        {
            return interned;
        }

        var value = name.ToString();
        if (name.Length <= MaxNameLength && Volatile.Read(ref _count) < MaxEntries && Names.TryAdd(value, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
