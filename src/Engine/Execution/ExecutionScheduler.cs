namespace Graph.Engine.Execution;

/// <summary>
/// Knows when no resolver of a request can progress, and then triggers the registered
/// <see cref="IBatchDispatcher"/>s (the DataLoader contract: dispatch "when no other work can run").
/// </summary>
/// <remarks>
/// The executor counts its running segments: the initial walk, and every continuation after a resolver's
/// pending value completes (executor continuations it completes inline belong to the same segment). When the
/// count drops to zero, every started resolver is waiting on something — I/O or a batch — so queued batches
/// are dispatched; the continuations a batch releases walk further and the cycle repeats. A dispatcher calls
/// <see cref="RequestDispatch"/> whenever it queues work (dispatch happens only when work was queued), and
/// completes a batch's results inside <see cref="BeginWork"/> so that the next level of loads is collected
/// before the next dispatch.
/// </remarks>
public sealed class ExecutionScheduler
{
    private IBatchDispatcher[] _dispatchers = [];
    private int _running;
    private int _workQueued;
    private int _threadPoolDispatchQueued;

    /// <summary>Whether every executor segment is suspended.</summary>
    public bool IsIdle => Volatile.Read(ref _running) == 0;

    public void Register(IBatchDispatcher dispatcher)
    {
        lock (this)
        {
            foreach (var registered in _dispatchers)
            {
                if (ReferenceEquals(registered, dispatcher))
                {
                    return;
                }
            }

            _dispatchers = [.. _dispatchers, dispatcher];
        }
    }

    /// <summary>
    /// Tells the scheduler that work was queued. It is dispatched when the running segments finish, or — when the
    /// executor is already idle (the work came from a resolver's own continuation) — shortly on the thread pool.
    /// </summary>
    public void RequestDispatch()
    {
        Volatile.Write(ref _workQueued, 1);
        if (!IsIdle || Interlocked.Exchange(ref _threadPoolDispatchQueued, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static scheduler =>
            {
                Volatile.Write(ref scheduler._threadPoolDispatchQueued, 0);
                scheduler.TryDispatch();
            },
            this,
            preferLocal: false);
    }

    /// <summary>
    /// Marks code that releases waiting resolvers (e.g. setting a batch's results) as running, so no dispatch
    /// happens until the continuations it runs inline have queued their own work.
    /// </summary>
    public WorkScope BeginWork()
    {
        Enter();
        return new WorkScope(this);
    }

    private readonly WorkTracker _batches = new();

    /// <summary>Marks a batch fetch as running until the result is disposed; the request does not end before it does,
    /// even when the resolvers that waited for it were cancelled.</summary>
    public IDisposable BeginBatch()
    {
        _batches.Add();
        return new BatchScope(_batches);
    }

    /// <summary>Completes when no batch fetch is running.</summary>
    internal Task WhenBatchesSettled() => _batches.WhenSettled();

    private sealed class BatchScope(WorkTracker batches) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                batches.Done();
            }
        }
    }

    internal void Enter() => Interlocked.Increment(ref _running);

    internal void Leave()
    {
        if (Interlocked.Decrement(ref _running) == 0)
        {
            TryDispatch();
        }
    }

    private void TryDispatch()
    {
        while (IsIdle && Interlocked.Exchange(ref _workQueued, 0) == 1)
        {
            // Counted as running so that batches completing inline do not re-enter the dispatch.
            Enter();
            try
            {
                var dispatchers = Volatile.Read(ref _dispatchers);
                for (var i = 0; i < dispatchers.Length; i++)
                {
                    dispatchers[i].Dispatch();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    /// <summary>The scope of <see cref="BeginWork"/>; disposing it ends the work.</summary>
    public readonly struct WorkScope(ExecutionScheduler scheduler) : IDisposable
    {
        public void Dispose() => scheduler?.Leave();
    }
}
