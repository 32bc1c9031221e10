using Graph.Schema.Webhooks;
using Npgsql;

namespace Graph.Server.Webhooks;

/// <summary>
/// A webhook background loop: once the database is migrated, <see cref="Loops"/> copies run <see cref="RunOnceAsync"/>
/// again at once while it finds work, else wait for <see cref="Wake"/> or <see cref="WebhookOptions.PollInterval"/>.
/// A database error is logged and retried after the poll interval. Nothing runs when delivery is disabled.
/// </summary>
public abstract class WebhookLoop(WebhookOptions options, WebhookStartGate gate, ILogger logger) : BackgroundService
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

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                    await Wake.WaitAsync(Options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(exception, "{Loop} failed; retrying in {Interval}", GetType().Name, Options.PollInterval);
                await Task.Delay(Options.PollInterval, stoppingToken);
            }
        }
    }
}
