using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Persistence.Database;

/// <summary>
/// The read replica, <c>ConnectionStrings:GraphReplica</c> (a streaming standby of the primary), when set: a data
/// source of its own, connecting within <see cref="DatabaseOptions.ReplicaConnectTimeout"/>, and a context pool over
/// it. Only GraphQL queries read from it (<see cref="DatabaseReads"/>); a replica that failed to answer is left alone
/// for <see cref="DatabaseOptions.ReplicaRetryAfter"/>, reads going to the primary meanwhile, then tried again.
/// </summary>
public sealed class GraphReplica : IAsyncDisposable, IDisposable
{
    public const string ConnectionStringName = "GraphReplica";

    private readonly NpgsqlDataSource? _dataSource;
    private readonly PooledDbContextFactory<GraphDbContext>? _contexts;
    private readonly TimeProvider _time;
    private readonly TimeSpan _retryAfter;
    private readonly ILogger _logger;
    private long _downUntil;

    public GraphReplica(IConfiguration configuration, IOptions<DatabaseOptions> options, ILoggerFactory loggers, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _retryAfter = options.Value.ReplicaRetryAfter;
        _logger = loggers.CreateLogger<GraphReplica>();
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
            return;

        var builder = new NpgsqlDataSourceBuilder(configured).UseLoggerFactory(loggers);
        // A replica that does not answer must not hold a query up: it is given up on quickly, and the primary answers.
        builder.ConnectionStringBuilder.Timeout = Math.Max(1, (int)Math.Ceiling(options.Value.ReplicaConnectTimeout.TotalSeconds));
        PersistenceServiceCollectionExtensions.KeepSessionsOnReturn(builder);
        _dataSource = builder.Build();
        var contextOptions = new DbContextOptionsBuilder<GraphDbContext>().UseLoggerFactory(loggers);
        PersistenceServiceCollectionExtensions.ConfigureDbContext(contextOptions, _dataSource, options.Value.LockTimeout)
            // A replica that went away fails a query the primary then answers (Failed logs that once, as a
            // warning); EF's own errors for it would report a failure nobody saw. Unexpected errors are logged by the
            // server's error filter all the same.
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
        _contexts = new PooledDbContextFactory<GraphDbContext>(contextOptions.Options);
    }

    /// <summary>The replica's contexts, or null when none is configured or it failed within the last
    /// <see cref="DatabaseOptions.ReplicaRetryAfter"/>.</summary>
    public IDbContextFactory<GraphDbContext>? Contexts =>
        _contexts is not null && _time.GetTimestamp() >= Interlocked.Read(ref _downUntil) ? _contexts : null;

    /// <summary>
    /// After a query on the replica failed for want of a database: the replica is left alone for
    /// <see cref="DatabaseOptions.ReplicaRetryAfter"/> (queries read from the primary meanwhile), and its idle pooled
    /// connections, which a restart of the replica broke, are dropped so that the next try opens fresh ones. A query's
    /// reads all go to the replica, so its failure is the replica's; had the primary failed too, the query fails again there.
    /// </summary>
    public void Failed()
    {
        if (_dataSource is null)
            return;
        var now = _time.GetTimestamp();
        var wasUp = Interlocked.Exchange(ref _downUntil, now + (long)(_retryAfter.TotalSeconds * _time.TimestampFrequency)) <= now;
        _dataSource.Clear();
        if (wasUp) // queries failing together report it once
            _logger.LogWarning("A query could not read from the read replica; queries read from the primary for the next {RetryAfter}.", _retryAfter);
    }

    public void Dispose() => _dataSource?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
    }
}

/// <summary>
/// Where one service scope's reads go: the primary's contexts, unless the scope runs a GraphQL query and a replica is
/// configured and up (<see cref="ReadFromReplica"/>, decided once per operation by the request executor). Mutations
/// (and everything their payload reads back), sign-in, background work and the health check never ask for the replica.
/// </summary>
public sealed class DatabaseReads(IDbContextFactory<GraphDbContext> primary, GraphReplica replica)
{
    private IDbContextFactory<GraphDbContext>? _replica;

    /// <summary>The contexts this scope's reads use.</summary>
    public IDbContextFactory<GraphDbContext> Contexts => _replica ?? primary;

    /// <summary>Sends the scope's reads to the replica when one is configured and up; call before anything reads.
    /// Returns whether they go there.</summary>
    public bool ReadFromReplica()
    {
        _replica = replica.Contexts;
        return _replica is not null;
    }

    /// <summary>The contexts <paramref name="services"/>' scope reads with: its <see cref="DatabaseReads"/>, or the
    /// registered factory where the persistence layer is composed without one (tests composing their own).</summary>
    public static IDbContextFactory<GraphDbContext> ContextsOf(IServiceProvider services) =>
        (services.GetService(typeof(DatabaseReads)) as DatabaseReads)?.Contexts
        ?? services.GetService(typeof(IDbContextFactory<GraphDbContext>)) as IDbContextFactory<GraphDbContext>
        ?? throw new InvalidOperationException("No IDbContextFactory<GraphDbContext> is registered.");
}
