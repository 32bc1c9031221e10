namespace Graph.Engine.DataLoader;

/// <summary>
/// The fallback scheduler when no executor drives the request: a dispatch runs on the thread pool shortly after the
/// first load is queued, batching every load made until then.
/// </summary>
public sealed class ThreadPoolBatchScheduler : IBatchScheduler
{
    private Action? _dispatch;
    private int _queued;

    public void Register(Action dispatch) => _dispatch = dispatch;

    public void RequestDispatch()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static scheduler =>
            {
                Volatile.Write(ref scheduler._queued, 0);
                scheduler._dispatch?.Invoke();
            },
            this,
            preferLocal: false);
    }

    public IDisposable BeginWork() => NoWork.Instance;

    public IDisposable BeginBatch() => NoWork.Instance;

    private sealed class NoWork : IDisposable
    {
        public static readonly NoWork Instance = new();

        public void Dispose()
        {
        }
    }
}
