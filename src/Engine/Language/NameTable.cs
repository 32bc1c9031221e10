namespace Graph.Engine.Language;

/// <summary>
/// A process-wide, direct-mapped cache of names, so the names every request repeats (fields, types,
/// keywords) come from the source span without a new string. A slot holds the last name hashed to it;
/// a miss allocates and takes the slot, so the cache stays small whatever documents arrive.
/// </summary>
internal static class NameTable
{
    private const int SlotBits = 12;
    private const int MaxCachedLength = 48;

    private static readonly string?[] Slots = new string?[1 << SlotBits];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength || name.IsEmpty)
        {
            return name.ToString();
        }

        ref var slot = ref Slots[Slot(name)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var value = name.ToString();
        Volatile.Write(ref slot, value);
        return value;
    }

    /// <summary>A cheap hash of the length and the characters at both ends, where names differ most.</summary>
    private static int Slot(ReadOnlySpan<char> name)
    {
        var last = name.Length - 1;
        var hash = (uint)name.Length;
        hash = (hash * 31) + name[0];
        hash = (hash * 31) + name[last];
        hash = (hash * 31) + name[last >> 1];
        if (last >= 2)
        {
            hash = (hash * 31) + name[1];
            hash = (hash * 31) + name[last - 1];
        }

        return (int)((hash * 0x9E3779B1u) >> (32 - SlotBits));
    }
}
