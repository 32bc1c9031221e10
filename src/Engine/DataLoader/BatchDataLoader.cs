namespace Graph.Engine.DataLoader;

/// <summary>
/// Loads one value per key: <see cref="LoadBatchAsync"/> returns a dictionary, checked against the keys — a key it
/// lacks loads null, keys nobody asked for are ignored, and each key is fetched once however often it is asked.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>(IEqualityComparer<TKey>? keyComparer = null) : DataLoaderBase<TKey, TValue?>(keyComparer)
    where TKey : notnull
{
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task<IReadOnlyList<TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var loaded = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = loaded.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}
