using System.Collections.Concurrent;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;

namespace Graph.Server.Realtime;

/// <summary>How a WebSocket protocol frames results; <see cref="SocketOperations"/> does the rest.</summary>
internal interface ISocketMessages
{
    OutboundMessage Next(string id, ExecutionResult result);

    /// <summary>Syntax and validation errors (the operation never ran).</summary>
    OutboundMessage RequestErrors(string id, IReadOnlyList<GraphQLError> errors);

    /// <summary>The operation's results ended; null when the protocol sends nothing then.</summary>
    OutboundMessage? Complete(string id);

    /// <summary>Whether request errors are followed by <see cref="Complete"/>.</summary>
    bool CompleteAfterRequestErrors { get; }

    int InternalErrorCode { get; }
}

/// <summary>
/// The operations running on one socket, by client-chosen id: each runs on its own task, pumping results into
/// the session's queue until its stream ends, the client completes it, or the socket closes.
/// </summary>
internal sealed class SocketOperations(RealtimeExecutor executor, WebSocketSession session, ISocketMessages messages, ILogger logger)
{
    private readonly ConcurrentDictionary<string, Operation> _running = new(StringComparer.Ordinal);

    public int Count => _running.Count;

    public bool Contains(string id) => _running.ContainsKey(id);

    /// <summary>Starts the operation; false when the id is taken.</summary>
    public bool TryStart(string id, ExecutionRequest request, ConnectionAuthentication identity)
    {
        var operation = new Operation(CancellationTokenSource.CreateLinkedTokenSource(session.Ended));
        if (!_running.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            return false;
        }

        operation.Task = RunAsync(id, operation, request, identity);
        return true;
    }

    /// <summary>The client stopped it: nothing more is sent for it, and its id is free at once.</summary>
    public void Stop(string id)
    {
        if (!_running.TryRemove(id, out var operation))
            return;
        try
        {
            operation.Cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // it ended on its own meanwhile
        }
    }

    /// <summary>
    /// Stops every operation and waits for them (the socket is closing), at most <paramref name="timeout"/>:
    /// a source stream that ignores cancellation must not keep the connection (and server shutdown) waiting.
    /// </summary>
    public async Task StopAllAsync(TimeSpan timeout)
    {
        var tasks = new List<Task>();
        foreach (var (id, operation) in _running)
        {
            Stop(id);
            tasks.Add(operation.Task);
        }

        var all = Task.WhenAll(tasks);
        if (await Task.WhenAny(all, Task.Delay(timeout)) != all)
            logger.LogWarning("{Count} operations did not stop within {Timeout}; a subscription source ignores cancellation", tasks.Count, timeout);
    }

    private async Task RunAsync(string id, Operation operation, ExecutionRequest request, ConnectionAuthentication identity)
    {
        await Task.Yield(); // off the receive loop
        var token = operation.Cancellation.Token;
        try
        {
            await using var started = await executor.StartAsync(request, identity, token);
            if (started.RequestErrors is { } errors)
            {
                if (!token.IsCancellationRequested && session.TrySend(messages.RequestErrors(id, errors)) && messages.CompleteAfterRequestErrors)
                    SendComplete(id, token);
                return;
            }

            await foreach (var result in started.Results!.WithCancellation(token))
            {
                if (token.IsCancellationRequested || !session.TrySend(messages.Next(id, result)))
                    return;
            }

            SendComplete(id, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // stopped by the client or the socket closed
        }
        catch (SubscriberOverflowException exception)
        {
            logger.LogInformation("Closing a socket whose subscription {Id} overflowed: {Message}", id, exception.Message);
            session.Close(RealtimeCloseCodes.TryAgainLater, "Try again later: the subscriber fell too far behind");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Operation {Id} failed unexpectedly", id);
            session.Close(messages.InternalErrorCode, "Internal server error");
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Cancellation.Dispose();
        }
    }

    private void SendComplete(string id, CancellationToken token)
    {
        if (!token.IsCancellationRequested && messages.Complete(id) is { } complete)
            session.TrySend(complete);
    }

    private sealed class Operation(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Task { get; set; } = Task.CompletedTask;
    }
}
