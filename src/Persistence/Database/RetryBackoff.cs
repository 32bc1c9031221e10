namespace Graph.Persistence.Database;

/// <summary>
/// The waits of a background loop between failed runs (the database away, restarting, its connections terminated):
/// doubling from <paramref name="first"/> up to <paramref name="max"/>, each varied by ±25 % so that several servers
/// do not retry in step; <see cref="Succeeded"/> starts over. <see cref="Failures"/> counts the failures in a row.
/// </summary>
public sealed class RetryBackoff(TimeSpan first, TimeSpan max)
{
    private readonly TimeSpan _first = first > TimeSpan.Zero ? first : TimeSpan.FromMilliseconds(100);
    private readonly TimeSpan _max = max > first ? max : first;
    private TimeSpan _next = first > TimeSpan.Zero ? first : TimeSpan.FromMilliseconds(100);
    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Records a failure; answers how long to wait before the next run.</summary>
    public TimeSpan Failed()
    {
        Interlocked.Increment(ref _failures);
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _max.Ticks));
        return delay * (0.75 + Random.Shared.NextDouble() * 0.5);
    }

    public void Succeeded()
    {
        _next = _first;
        Volatile.Write(ref _failures, 0);
    }
}
