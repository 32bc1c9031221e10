using Graph.Engine.Execution;

namespace Graph.Engine.DataLoader;

/// <summary>Schedules DataLoader batches with the executor: dispatched when every running resolver waits.</summary>
internal sealed class ExecutionBatchScheduler(ExecutionScheduler scheduler) : IBatchScheduler, IBatchDispatcher
{
    private Action? _dispatch;

    public void Register(Action dispatch)
    {
        _dispatch = dispatch;
        scheduler.Register(this);
    }

    public void RequestDispatch() => scheduler.RequestDispatch();

    public IDisposable BeginWork() => scheduler.BeginWork();

    public IDisposable BeginBatch() => scheduler.BeginBatch();

    void IBatchDispatcher.Dispatch() => _dispatch?.Invoke();
}
