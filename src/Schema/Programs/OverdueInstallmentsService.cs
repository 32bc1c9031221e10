using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Schema.Programs;

/// <summary>Runs <see cref="OverdueInstallments"/> at start and then every <see cref="OverdueInstallmentsOptions.Interval"/>;
/// a failed run (the database away, not yet migrated) is logged and retried at the next tick.</summary>
public sealed class OverdueInstallmentsService(
    OverdueInstallments job, IOptions<OverdueInstallmentsOptions> options, ILogger<OverdueInstallmentsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;
        using var timer = new PeriodicTimer(settings.Interval);
        var toldNotMigrated = false;
        try
        {
            do
            {
                try
                {
                    var marked = await job.RunOnceAsync(settings.BatchSize, stoppingToken);
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
                catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Marking overdue installments failed; retrying in {Interval}", settings.Interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
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
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Programs:OverdueInstallments: Interval and BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OverdueInstallments>();
        services.AddHostedService<OverdueInstallmentsService>();
        return services;
    }
}
