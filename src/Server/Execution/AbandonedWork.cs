namespace Graph.Server.Execution;

/// <summary>
/// Work of a cancelled request still running after <c>GraphQL:CancellationGrace</c> (a resolver that ignores its
/// cancellation token). The transport finishes the response and then waits for it before the request ends, so the
/// request's scope (its database context and connection) outlives every resolver using it.
/// </summary>
public static class AbandonedWork
{
    private static readonly object Key = new();

    /// <summary>Remembers <paramref name="work"/> for <see cref="WaitAsync"/> at the end of the request.</summary>
    public static void Hand(HttpContext context, Task work)
    {
        lock (context.Items)
        {
            if (context.Items.TryGetValue(Key, out var held) && held is List<Task> tasks)
                tasks.Add(work);
            else
                context.Items[Key] = new List<Task> { work };
        }
    }

    /// <summary>Completes the response (the client is not kept waiting) and waits for the request's abandoned work, if any.</summary>
    public static async Task WaitAsync(HttpContext context, ILogger logger)
    {
        Task[] tasks;
        lock (context.Items)
        {
            if (!context.Items.TryGetValue(Key, out var held) || held is not List<Task> list)
                return;
            tasks = [.. list];
            context.Items.Remove(Key);
        }

        logger.LogWarning("A cancelled request's resolvers ignored the cancellation; its scope ends once they finish ({Count} pending).", tasks.Length);
        try
        {
            if (!context.RequestAborted.IsCancellationRequested)
                await context.Response.CompleteAsync();
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The client went away meanwhile; the work is still waited for.
        }

        await Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
