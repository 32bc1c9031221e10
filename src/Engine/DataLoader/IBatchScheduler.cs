namespace Graph.Engine.DataLoader;

/// <summary>
/// When a request's DataLoaders run their batches: <see cref="RequestDispatch"/> says work is queued (the executor
/// dispatches once no resolver can progress), <see cref="BeginWork"/> marks the code that completes a batch, so the
/// loads its continuations queue are collected before the next dispatch.
/// </summary>
public interface IBatchScheduler
{
    /// <summary>Called by <see cref="DataLoaderScope"/> once, with the callback that dispatches every loader of the scope.</summary>
    void Register(Action dispatch);

    void RequestDispatch();

    IDisposable BeginWork();

    /// <summary>Marks a batch fetch as running until disposed (the executor's request waits for its batches to end).</summary>
    IDisposable BeginBatch();
}
