using System.Runtime.CompilerServices;
using Graph.Engine.Execution;

namespace Graph.Engine.DataLoader;

/// <summary>
/// The DataLoaders of one request. The executor's scheduler dispatches them all once no resolver can progress;
/// each batch completes inside the scheduler's work scope so the next level's loads gather into the next batch.
/// </summary>
public sealed class DataLoaderScope
{
    private static readonly ConditionalWeakTable<object, DataLoaderScope> Scopes = new();

    private readonly object _sync = new();
    private readonly Dictionary<object, IDataLoader> _loaders = [];
    private readonly IBatchScheduler _scheduler;

    public DataLoaderScope(IBatchScheduler scheduler, CancellationToken requestAborted = default)
    {
        _scheduler = scheduler;
        RequestAborted = requestAborted;
        scheduler.Register(Dispatch);
    }

    /// <summary>Creates the scheduler of a request's scope: the executor's, else (contexts of other origin) the thread pool.</summary>
    public static Func<IResolverContext, IBatchScheduler> SchedulerFactory { get; set; } = static context =>
        context.GetScheduler() is { } scheduler ? new ExecutionBatchScheduler(scheduler) : new ThreadPoolBatchScheduler();

    public CancellationToken RequestAborted { get; }

    /// <summary>The scope of the request <paramref name="context"/> belongs to (one per request's context data).</summary>
    public static DataLoaderScope For(IResolverContext context) =>
        Scopes.GetValue(context.ContextData, _ => new DataLoaderScope(SchedulerFactory(context), context.RequestAborted));

    /// <summary>The request's loader stored under <paramref name="key"/>, created by <paramref name="create"/> the first time.</summary>
    public TLoader GetOrAdd<TLoader>(object key, Func<TLoader> create)
        where TLoader : IDataLoader
    {
        lock (_sync)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return (TLoader)existing;
            }

            var loader = create();
            loader.Attach(this);
            _loaders[key] = loader;
            return loader;
        }
    }

    /// <summary>Starts a batch for every loader with queued keys.</summary>
    public void Dispatch()
    {
        IDataLoader[] loaders;
        lock (_sync)
        {
            loaders = [.. _loaders.Values];
        }

        foreach (var loader in loaders)
        {
            loader.Dispatch();
        }
    }

    internal void RequestDispatch() => _scheduler.RequestDispatch();

    internal IDisposable BeginWork() => _scheduler.BeginWork();

    internal IDisposable BeginBatch() => _scheduler.BeginBatch();
}
