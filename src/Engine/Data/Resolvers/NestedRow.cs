namespace Graph.Engine.Data.Resolvers;

/// <summary>One parent's share of a batched nested query: its key, its page of items, its counts and aggregates.</summary>
public sealed class NestedRow<TKey, T>
{
    public TKey Key { get; set; } = default!;

    public List<T>? Items { get; set; }

    /// <summary>The page instead of <see cref="Items"/> when its rows carry their cursor values.</summary>
    public List<CursorRow<T>>? Rows { get; set; }

    public object?[]? Extras { get; set; }
}

/// <summary>An item of a parent's collection with the parent's key, for grouping the items of several parents at once.</summary>
public sealed class NestedItem<TKey, T>
{
    public TKey Key { get; set; } = default!;

    public T Item { get; set; } = default!;
}
