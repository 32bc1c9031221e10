using Graph.Persistence.Database;
using Graph.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Persistence.Studio;

/// <summary>Settings of the job that keeps recurring patterns' lessons generated to the horizon (section <c>Studio:LessonHorizon</c>).</summary>
public sealed class LessonHorizonOptions
{
    public const string Section = "Studio:LessonHorizon";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks; it also looks once at start. Days pass slowly: hourly is plenty.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The first wait after a failed run (the database away); it doubles with each failure in a row, up to <see cref="Interval"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Rolls the horizon forward: a pattern without an end date has its lessons generated only up to its studio's
/// <c>lesson_horizon_days</c> ahead (the database does it when the pattern is written), so as days pass, or when a
/// studio lengthens its horizon, the days newly inside it need their lessons. This asks the database's own
/// <c>generate_pattern_lessons</c> for every active pattern; it inserts only missing days, so runs on several servers at
/// once cannot duplicate a lesson (the unique slot per pattern decides). A day the teacher is already booked at is left
/// out, with a warning, and the other patterns go on.
/// </summary>
public sealed class LessonHorizon(IDbContextFactory<GraphDbContext> contexts, ILogger<LessonHorizon> logger)
{
    /// <summary>Generates the missing lessons of every active pattern; answers how many it inserted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var patterns = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM recurring_patterns WHERE is_active AND (end_date IS NULL OR end_date >= current_date - 1) ORDER BY id")
            .ToListAsync(cancellationToken);
        var inserted = 0;
        foreach (var pattern in patterns)
        {
            try
            {
                inserted += await db.Database.SqlQuery<int>($"SELECT generate_pattern_lessons({pattern}) AS \"Value\"").SingleAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.UniqueViolation)
            {
                logger.LogWarning("The lessons of recurring pattern {Pattern} were not extended: {Reason}", pattern, exception.MessageText);
            }
        }

        return inserted;
    }
}

/// <summary>Runs <see cref="LessonHorizon"/> at start and then every <see cref="LessonHorizonOptions.Interval"/>.</summary>
public sealed class LessonHorizonService(
    LessonHorizon job, IOptions<LessonHorizonOptions> options, MigratedGate gate, ILogger<LessonHorizonService> logger) : ScheduledJobService(gate, logger)
{
    protected override string Name => "Extending recurring lessons to the horizon";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override TimeSpan RetryDelay => options.Value.RetryDelay;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(cancellationToken);
}

public static class LessonHorizonServiceCollectionExtensions
{
    /// <summary>The lesson horizon job as a hosted service, configured from <see cref="LessonHorizonOptions.Section"/>.</summary>
    public static IServiceCollection AddLessonHorizon(this IServiceCollection services)
    {
        services.AddOptions<LessonHorizonOptions>()
            .BindConfiguration(LessonHorizonOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero, "Studio:LessonHorizon: Interval and RetryDelay must be positive.")
            .ValidateOnStart();
        services.AddSingleton<LessonHorizon>();
        services.AddHostedService<LessonHorizonService>();
        return services;
    }
}
