using System.Diagnostics;

namespace Graph.Server.Tests.Testing;

/// <summary>Waiting on a condition instead of sleeping for a time.</summary>
public static class Conditions
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming <paramref name="what"/> past <paramref name="within"/>.
    /// Returns how long it took.</summary>
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > within)
                throw new TimeoutException($"Waited {within} for {what}.");
            await Task.Delay(10);
        }

        return waited.Elapsed;
    }

    public static Task<TimeSpan> WaitUntilAsync(Func<bool> condition, TimeSpan within, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), within, what);
}
