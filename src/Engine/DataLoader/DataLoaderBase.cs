namespace Graph.Engine.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request (the DataLoader pattern): every key asked for before the next
/// dispatch goes to one fetch; asking for a key again returns the same task. Loaders are per request — get them from
/// <see cref="DataLoaderScope"/> (<c>context.DataLoader&lt;T&gt;()</c>) — so the cache never outlives the request.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private List<TKey> _pending = [];
    private DataLoaderScope? _scope;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null) => _cache = new(keyComparer);

    /// <summary>The value for <paramref name="key"/>, loaded in the next batch (or from this request's cache).</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<TValue> completion;
        bool first;
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            // Continuations run inline when the batch completes (inside the scheduler's work scope), so the loads
            // they make join the next batch instead of racing it.
            completion = new TaskCompletionSource<TValue>();
            _cache[key] = completion;
            _pending.Add(key);
            first = _pending.Count == 1;
        }

        if (first)
        {
            Scope.RequestDispatch();
        }

        return cancellationToken.CanBeCanceled ? completion.Task.WaitAsync(cancellationToken) : completion.Task;
    }

    /// <summary>The values for <paramref name="keys"/>, in key order (one batch for all of them).</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken = default)
    {
        var tasks = new Task<TValue>[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            tasks[i] = LoadAsync(keys[i], cancellationToken);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>; one result per key, in key order.</summary>
    protected abstract Task<IReadOnlyList<TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private DataLoaderScope Scope => _scope ?? throw new InvalidOperationException("Get DataLoaders from a DataLoaderScope (context.DataLoader<T>()).");

    void IDataLoader.Attach(DataLoaderScope scope) => _scope = scope;

    void IDataLoader.Dispatch()
    {
        List<TKey> batch;
        lock (_sync)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        _ = RunBatchAsync(batch);
    }

    private async Task RunBatchAsync(List<TKey> batch)
    {
        IReadOnlyList<TValue>? values = null;
        Exception? error = null;
        try
        {
            values = await FetchAsync(batch, Scope.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            error = e;
        }

        using (Scope.BeginWork())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                TaskCompletionSource<TValue> completion;
                lock (_sync)
                {
                    completion = _cache[batch[i]];
                }

                if (error is not null)
                {
                    completion.TrySetException(error);
                }
                else
                {
                    completion.TrySetResult(values![i]);
                }
            }
        }
    }
}

/// <summary>A DataLoader as its scope sees it.</summary>
public interface IDataLoader
{
    internal void Attach(DataLoaderScope scope);

    internal void Dispatch();
}
