namespace Graph.Engine.DataLoader;

/// <summary>
/// Loads a group of values per key (one-to-many): <see cref="LoadGroupedBatchAsync"/> returns a lookup, checked
/// against the keys — a key it lacks loads an empty group, keys nobody asked for are ignored.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue>(IEqualityComparer<TKey>? keyComparer = null) : DataLoaderBase<TKey, TValue[]>(keyComparer)
    where TKey : notnull
{
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<IReadOnlyList<TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var loaded = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var groups = new TValue[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            groups[i] = loaded.Contains(keys[i]) ? loaded[keys[i]].ToArray() : [];
        }

        return groups;
    }
}
