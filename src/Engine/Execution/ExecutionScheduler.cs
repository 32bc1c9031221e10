namespace Graph.Engine.Execution;

/// <summary>
/// Knows when no resolver of a request can progress, and then triggers the registered
/// <see cref="IBatchDispatcher"/>s (the DataLoader contract: dispatch "when no other work can run").
/// </summary>
/// <remarks>
/// The executor counts its running segments: the initial walk, and every continuation after an await that
/// really suspended. A segment ends when it suspends again or completes. When the count drops to zero every
/// started resolver is waiting on something — I/O or a batch — so queued batches are dispatched; when a batch
/// completes, the continuations it releases walk further and the cycle repeats. Resolvers that enqueue work
/// from their own continuations (outside executor segments) call <see cref="RequestDispatch"/>.
/// </remarks>
public sealed class ExecutionScheduler
{
    private IBatchDispatcher[] _dispatchers = [];
    private int _running;
    private int _dispatchQueued;

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
    /// Asks for a dispatch because work was queued: when the executor is idle it happens shortly (on the thread
    /// pool, so concurrently finishing continuations can add to the batch first); otherwise it happens when the
    /// running segments finish.
    /// </summary>
    public void RequestDispatch()
    {
        if (!IsIdle || Interlocked.Exchange(ref _dispatchQueued, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static scheduler =>
            {
                Volatile.Write(ref scheduler._dispatchQueued, 0);
                if (scheduler.IsIdle)
                {
                    scheduler.Dispatch();
                }
            },
            this,
            preferLocal: false);
    }

    internal void Enter() => Interlocked.Increment(ref _running);

    internal void Leave()
    {
        if (Interlocked.Decrement(ref _running) == 0)
        {
            Dispatch();
        }
    }

    private void Dispatch()
    {
        var dispatchers = Volatile.Read(ref _dispatchers);
        for (var i = 0; i < dispatchers.Length; i++)
        {
            dispatchers[i].Dispatch();
        }
    }
}
