using Graph.Persistence.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Schema.Programs;

/// <summary>Runs <see cref="OverdueInstallments"/> at start and then every <see cref="OverdueInstallmentsOptions.Interval"/>;
/// a failed run (the database away, not yet migrated) is logged and retried with a backoff (<see cref="RetryBackoff"/>:
/// from <see cref="OverdueInstallmentsOptions.RetryDelay"/>, doubling up to the interval), so the job resumes soon after the database returns. It never ends on an error.</summary>
public sealed class OverdueInstallmentsService(
    OverdueInstallments job, IOptions<OverdueInstallmentsOptions> options, ILogger<OverdueInstallmentsService> logger) : BackgroundService
{
    private long _runs;

    /// <summary>How many runs succeeded since the start.</summary>
    public long SuccessfulRuns => Interlocked.Read(ref _runs);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;
        var backoff = new RetryBackoff(settings.RetryDelay < settings.Interval ? settings.RetryDelay : settings.Interval, settings.Interval);
        using var timer = new PeriodicTimer(settings.Interval);
        var toldNotMigrated = false;
        try
        {
            while (true)
            {
                try
                {
                    var marked = await job.RunOnceAsync(settings.BatchSize, stoppingToken);
                    backoff.Succeeded();
                    Interlocked.Increment(ref _runs);
                    if (marked > 0)
                        logger.LogInformation("Marked {Count} installments OVERDUE", marked);
                }
                catch (Exception exception) when (Graph.Persistence.Migrations.DatabaseNotMigrated.Is(exception) && !stoppingToken.IsCancellationRequested)
                {
                    // The first start runs this before the migration creates the tables: wait for the next tick.
                    if (!toldNotMigrated)
                        logger.LogInformation("Marking overdue installments waits until the database is migrated");
                    toldNotMigrated = true;
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    var retryIn = backoff.Failed();
                    var level = exception is NpgsqlException or TimeoutException or InvalidOperationException or DbUpdateException ? LogLevel.Warning : LogLevel.Error;
                    logger.Log(level, exception, "Marking overdue installments failed ({Failures} in a row); retrying in {Delay} ms", backoff.Failures, (int)retryIn.TotalMilliseconds);
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

public static class OverdueInstallmentsServiceCollectionExtensions
{
    /// <summary>The OVERDUE job as a hosted service, configured from <see cref="OverdueInstallmentsOptions.Section"/>.
    /// Needs the persistence (contexts, event outbox).</summary>
    public static IServiceCollection AddOverdueInstallments(this IServiceCollection services)
    {
        services.AddOptions<OverdueInstallmentsOptions>()
            .BindConfiguration(OverdueInstallmentsOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.BatchSize > 0, "Programs:OverdueInstallments: Interval, RetryDelay and BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OverdueInstallments>();
        services.AddHostedService<OverdueInstallmentsService>();
        return services;
    }
}
