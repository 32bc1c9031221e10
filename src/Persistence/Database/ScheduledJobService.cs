using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Graph.Persistence.Migrations;
using Npgsql;

namespace Graph.Persistence.Database;

/// <summary>
/// A job that runs once the database is migrated (<see cref="MigratedGate"/>) and then every <see cref="Interval"/> (the
/// OVERDUE marker, the lesson horizon); a failed run (the database away) is logged and retried with a
/// backoff (<see cref="RetryBackoff"/>: from <see cref="RetryDelay"/>, doubling up to the interval), so the job resumes
/// soon after the database returns. It never ends on an error.
/// </summary>
public abstract class ScheduledJobService(MigratedGate gate, ILogger logger) : BackgroundService
{
    private long _runs;

    /// <summary>How many runs succeeded since the start.</summary>
    public long SuccessfulRuns => Interlocked.Read(ref _runs);

    /// <summary>What the log calls the job ("Marking overdue installments").</summary>
    protected abstract string Name { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>The first wait after a failed run.</summary>
    protected abstract TimeSpan RetryDelay { get; }

    /// <summary>One run; answers how many things it did (logged when more than none).</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        var backoff = new RetryBackoff(RetryDelay < Interval ? RetryDelay : Interval, Interval);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            await gate.WaitUntilMigratedAsync(stoppingToken);
            while (true)
            {
                try
                {
                    var done = await RunOnceAsync(stoppingToken);
                    backoff.Succeeded();
                    Interlocked.Increment(ref _runs);
                    if (done > 0)
                        logger.LogInformation("{Job}: {Count} done", Name, done);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    var retryIn = backoff.Failed();
                    var level = exception is NpgsqlException or TimeoutException or InvalidOperationException or DbUpdateException ? LogLevel.Warning : LogLevel.Error;
                    logger.Log(level, exception, "{Job} failed ({Failures} in a row); retrying in {Delay} ms", Name, backoff.Failures, (int)retryIn.TotalMilliseconds);
                    await Task.Delay(retryIn, stoppingToken);
                    continue;
                }

                if (!await timer.WaitForNextTickAsync(stoppingToken))
                    return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
