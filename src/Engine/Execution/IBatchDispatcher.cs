namespace Graph.Engine.Execution;

/// <summary>
/// Something that collects work while resolvers run and executes it in one go once nothing else can progress,
/// e.g. a DataLoader batching keys into one query. Register it with <see cref="ExecutionScheduler.Register"/>
/// and call <see cref="ExecutionScheduler.RequestDispatch"/> whenever work is queued.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>
    /// Starts every batch that has waiting work. Called by the executor when all running resolvers are waiting;
    /// it may be called again while an earlier batch still runs, and from any thread, so it must take a snapshot
    /// of what is queued. It should start the work and return, not wait for it; results are best set inside
    /// <see cref="ExecutionScheduler.BeginWork"/>.
    /// </summary>
    void Dispatch();
}
