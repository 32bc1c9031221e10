using System.Runtime.CompilerServices;

namespace Graph.Engine.Execution;

/// <summary>
/// Awaits a resolver's pending value so that the continuation — and every executor continuation it completes
/// inline — runs as one counted segment of the <see cref="ExecutionScheduler"/>. Only waits on resolver code
/// are counted: the executor's own tasks complete inline inside such a segment.
/// </summary>
internal readonly struct ScheduledAwaitable(ValueTask<object?> task, ExecutionScheduler scheduler)
{
    public Awaiter GetAwaiter() => new(task, scheduler);

    internal readonly struct Awaiter(ValueTask<object?> task, ExecutionScheduler scheduler) : ICriticalNotifyCompletion
    {
        public bool IsCompleted => task.IsCompleted;

        public object? GetResult() => task.ConfigureAwait(false).GetAwaiter().GetResult();

        public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);

        public void UnsafeOnCompleted(Action continuation)
        {
            var scheduler1 = scheduler;
            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() =>
            {
                scheduler1.Enter();
                try
                {
                    continuation();
                }
                finally
                {
                    scheduler1.Leave();
                }
            });
        }
    }
}
