using Graph.Persistence.Database;
using Graph.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Schema.StatusChanges;

/// <summary>Runs <see cref="OverdueJob"/> at start and then every <see cref="OverdueJobOptions.Interval"/>,
/// retrying a failed run from <see cref="OverdueJobOptions.RetryDelay"/> (<see cref="ScheduledJobService"/>).</summary>
public sealed class OverdueJobService(
    OverdueJob job, IOptions<OverdueJobOptions> options, MigratedGate gate, ILogger<OverdueJobService> logger)
    : ScheduledJobService(gate, logger)
{
    protected override string Name => "Marking what is overdue";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override TimeSpan RetryDelay => options.Value.RetryDelay;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(options.Value.BatchSize, cancellationToken);
}

public static class OverdueJobServiceCollectionExtensions
{
    /// <summary>The OVERDUE job as a hosted service, configured from <see cref="OverdueJobOptions.Section"/>.
    /// Needs the persistence (contexts, event outbox).</summary>
    public static IServiceCollection AddOverdueJob(this IServiceCollection services)
    {
        services.AddOptions<OverdueJobOptions>()
            .BindConfiguration(OverdueJobOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.BatchSize > 0, "Overdue: Interval, RetryDelay and BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OverdueJob>();
        services.AddHostedService<OverdueJobService>();
        return services;
    }
}
