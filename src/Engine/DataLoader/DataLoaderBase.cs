namespace Graph.Engine.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request (the DataLoader pattern): every key asked for before the next
/// dispatch goes to one fetch, and each key is fetched once. Loaders are per request — get them from
/// <see cref="DataLoaderScope"/> (<c>context.DataLoader&lt;T&gt;()</c>) — so the cache never outlives the request.
/// </summary>
/// <remarks>
/// Each load of a key whose batch is still pending gets a task of its own. A task awaited by several async methods
/// runs only the first continuation inline and queues the others to the thread pool, outside the scheduler's
/// counted work; their loads would then miss the next batch and split a level over several fetches.
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Entry> _cache;
    private List<TKey> _pending = [];
    private DataLoaderScope? _scope;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null) => _cache = new(keyComparer);

    /// <summary>The value for <paramref name="key"/>, loaded in the next batch (or from this request's cache).</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        Task<TValue> task;
        var first = false;
        lock (_sync)
        {
            if (!_cache.TryGetValue(key, out var entry))
            {
                // Continuations run inline when the batch completes (inside the scheduler's work scope), so the loads
                // they make join the next batch instead of racing it.
                entry = new Entry();
                _cache[key] = entry;
                _pending.Add(key);
                first = _pending.Count == 1;
                task = entry.Completion.Task;
            }
            else
            {
                task = entry.Share();
            }
        }

        if (first)
        {
            Scope.RequestDispatch();
        }

        return cancellationToken.CanBeCanceled && !task.IsCompleted ? task.WaitAsync(cancellationToken) : task;
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

        _ = RunBatchAsync(batch, Scope.BeginBatch());
    }

    private async Task RunBatchAsync(List<TKey> batch, IDisposable running)
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
        finally
        {
            running.Dispose();
        }

        using (Scope.BeginWork())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                Entry entry;
                List<TaskCompletionSource<TValue>>? sharers;
                lock (_sync)
                {
                    entry = _cache[batch[i]];
                    sharers = entry.Settle();
                }

                Complete(entry.Completion, i);
                foreach (var sharer in sharers ?? [])
                {
                    Complete(sharer, i);
                }
            }
        }

        void Complete(TaskCompletionSource<TValue> completion, int index)
        {
            if (error is not null)
            {
                completion.TrySetException(error);
            }
            else
            {
                completion.TrySetResult(values![index]);
            }
        }
    }

    /// <summary>A key's load: its task, and the tasks of later loads of the key made while its batch was pending.</summary>
    private sealed class Entry
    {
        private List<TaskCompletionSource<TValue>>? _sharers;
        private bool _settled;

        public TaskCompletionSource<TValue> Completion { get; } = new();

        /// <summary>A task for one more load of the key (called under the loader's lock): the settled task, or a new one.</summary>
        public Task<TValue> Share()
        {
            if (_settled)
            {
                return Completion.Task;
            }

            var sharer = new TaskCompletionSource<TValue>();
            (_sharers ??= []).Add(sharer);
            return sharer.Task;
        }

        /// <summary>Marks the key loaded; returns the later loads' tasks to complete with it (called under the loader's lock).</summary>
        public List<TaskCompletionSource<TValue>>? Settle()
        {
            _settled = true;
            var sharers = _sharers;
            _sharers = null;
            return sharers;
        }
    }
}

/// <summary>A DataLoader as its scope sees it.</summary>
public interface IDataLoader
{
    internal void Attach(DataLoaderScope scope);

    internal void Dispatch();
}
