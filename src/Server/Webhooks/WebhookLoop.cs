using Graph.Persistence.Database;
using Graph.Persistence.Migrations;
using Graph.Schema.Webhooks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Server.Webhooks;

/// <summary>
/// A webhook background loop: once the database is migrated, <see cref="Loops"/> copies run <see cref="RunOnceAsync"/>
/// again at once while it finds work, else wait for <see cref="Wake"/> or <see cref="WebhookOptions.PollInterval"/>.
/// A failed run (the database away) is logged and retried with a backoff (<see cref="RetryBackoff"/>: from the poll
/// interval, doubling up to <see cref="MaxRetryDelay"/>); the loop never ends on an error. Nothing runs when delivery
/// is disabled.
/// </summary>
public abstract class WebhookLoop(WebhookOptions options, MigratedGate gate, ILogger logger) : BackgroundService
{
    protected WebhookOptions Options { get; } = options;

    /// <summary>What the loop does once; answers how much work it found (0: wait).</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Set when there is work for this loop.</summary>
    protected abstract WakeSignal Wake { get; }

    protected virtual int Loops => 1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.DeliveryEnabled)
            return;
        try
        {
            await gate.WaitUntilMigratedAsync(stoppingToken);
            await Task.WhenAll(Enumerable.Range(0, Loops).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The longest wait between failed runs.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(15);

    private int _failing;
    private long _runs;

    /// <summary>Whether the last run of a copy of the loop failed (until one succeeds).</summary>
    public bool Failing => Volatile.Read(ref _failing) > 0;

    /// <summary>How many runs succeeded since the start.</summary>
    public long SuccessfulRuns => Interlocked.Read(ref _runs);

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = new RetryBackoff(Options.PollInterval, Options.PollInterval > MaxRetryDelay ? Options.PollInterval : MaxRetryDelay);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan retryIn;
            try
            {
                var found = await RunOnceAsync(stoppingToken);
                backoff.Succeeded();
                Volatile.Write(ref _failing, 0);
                Interlocked.Increment(ref _runs);
                if (found == 0)
                    await Wake.WaitAsync(Options.PollInterval, stoppingToken);
                continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Volatile.Write(ref _failing, 1);
                retryIn = backoff.Failed();
                var level = exception is NpgsqlException or TimeoutException or InvalidOperationException or DbUpdateException ? LogLevel.Warning : LogLevel.Error;
                logger.Log(level, exception, "{Loop} failed ({Failures} in a row); retrying in {Delay} ms", GetType().Name, backoff.Failures, (int)retryIn.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(retryIn, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
