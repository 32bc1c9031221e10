namespace Graph.Engine.Execution;

/// <summary>
/// Counts the request's pending field and item completions. When a non-null error nulls a parent early, its
/// other children keep running; the response waits for them so that no resolver outlives the request (and
/// its scoped services), as graphql-js 17's async work tracking does.
/// </summary>
internal sealed class WorkTracker
{
    private int _pending;
    private TaskCompletionSource? _settled;

    public void Add() => Interlocked.Increment(ref _pending);

    public void Done()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            Volatile.Read(ref _settled)?.TrySetResult();
        }
    }

    /// <summary>Completes when no tracked work is pending.</summary>
    public Task WhenSettled()
    {
        if (Volatile.Read(ref _pending) == 0)
        {
            return Task.CompletedTask;
        }

        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.CompareExchange(ref _settled, settled, null);
        return Volatile.Read(ref _pending) == 0 ? Task.CompletedTask : _settled!.Task;
    }
}
