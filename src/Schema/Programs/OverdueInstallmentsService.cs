using Graph.Persistence.Database;
using Graph.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Programs;

/// <summary>Runs <see cref="OverdueInstallments"/> at start and then every <see cref="OverdueInstallmentsOptions.Interval"/>,
/// retrying a failed run from <see cref="OverdueInstallmentsOptions.RetryDelay"/> (<see cref="ScheduledJobService"/>).</summary>
public sealed class OverdueInstallmentsService(
    OverdueInstallments job, IOptions<OverdueInstallmentsOptions> options, MigratedGate gate, ILogger<OverdueInstallmentsService> logger)
    : ScheduledJobService(gate, logger)
{
    protected override string Name => "Marking overdue installments";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override TimeSpan RetryDelay => options.Value.RetryDelay;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(options.Value.BatchSize, cancellationToken);
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
