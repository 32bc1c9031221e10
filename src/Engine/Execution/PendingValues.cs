namespace Graph.Engine.Execution;

/// <summary>
/// The values of a selection set or list that did not complete synchronously. Completes when all have, or
/// fails with the first error that propagates (like <c>Promise.all</c> in graphql-js), leaving the rest to
/// finish on their own; their errors are then dropped by <see cref="ErrorCollector"/> if their parent was nulled.
/// </summary>
internal sealed class PendingValues(object?[] target, WorkTracker work)
{
    // Continuations run inline so that they belong to the scheduler segment that completed the last value.
    private readonly TaskCompletionSource _completion = new();
    private int _remaining = 1;

    public void Track(ValueTask<object?> value, int index)
    {
        Interlocked.Increment(ref _remaining);
        work.Add();
        _ = TrackAsync(value, index);
    }

    /// <summary>Call once every value is tracked.</summary>
    public Task WhenAll()
    {
        Complete();
        return _completion.Task;
    }

    private async Task TrackAsync(ValueTask<object?> value, int index)
    {
        try
        {
            target[index] = await value.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _completion.TrySetException(exception);
        }

        Complete();
        work.Done();
    }

    private void Complete()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _completion.TrySetResult();
        }
    }
}
