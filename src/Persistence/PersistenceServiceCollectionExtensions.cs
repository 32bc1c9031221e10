using Graph.Persistence.Access;
using Graph.Persistence.Database;
using Graph.Persistence.Embedded;
using Graph.Persistence.Health;
using Graph.Persistence.Migrations;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Seeding.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The database (configured or embedded, started with the host), one <see cref="NpgsqlDataSource"/>
    /// over it, the EF Core model on that data source (a pooled <see cref="IDbContextFactory{GraphDbContext}"/>,
    /// and a scoped <see cref="GraphDbContext"/> from it or, for a query, from the read replica: <see cref="GraphReplica"/>), the migration runner, the seed runner and the seeders.</summary>
    public static IServiceCollection AddGraphPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmbeddedPostgresOptions>(configuration.GetSection(EmbeddedPostgresOptions.SectionName));
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(o => o.LockTimeout > TimeSpan.Zero, "Database:LockTimeout must be positive.")
            .Validate(o => o.ReplicaConnectTimeout > TimeSpan.Zero, "Database:ReplicaConnectTimeout must be positive.")
            .Validate(o => o.ReplicaRetryAfter >= TimeSpan.Zero, "Database:ReplicaRetryAfter must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<GraphDatabase>();
        services.AddHostedService<GraphDatabaseLifetime>();
        services.TryAddSingleton(CreateDataSource);
        services.TryAddSingleton<IMigrationSource, EmbeddedMigrationSource>();
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<MigratedGate>();
        services.AddPooledDbContextFactory<GraphDbContext>((provider, options) =>
            ConfigureDbContext(options, provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.LockTimeout));
        services.TryAddScoped<DataViewerScope>();
        services.TryAddSingleton<GraphReplica>();
        services.TryAddScoped<DatabaseReads>();
        // The pooled factory registers a scoped context of its own, which would read for nobody in particular.
        services.Replace(ServiceDescriptor.Scoped(ScopedContext));
        services.TryAddSingleton<SeedRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISeeder, DemoSeeder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISeeder, ScaleSeeder>());
        return services;
    }

    /// <summary>The scope's context, reading for the scope's <see cref="DataViewerScope"/> (anonymous until set), from the
    /// database the scope's <see cref="DatabaseReads"/> reads (the replica for a query when one is up).</summary>
    public static GraphDbContext ScopedContext(IServiceProvider provider) =>
        DatabaseReads.ContextsOf(provider).CreateDbContext().ReadFor(provider.GetRequiredService<DataViewerScope>());

    /// <summary>The one way a <see cref="GraphDbContext"/> is configured, for the container and for tests.</summary>
    /// <param name="lockTimeout"><see cref="DatabaseOptions.LockTimeout"/>; its default when null.</param>
    public static DbContextOptionsBuilder ConfigureDbContext(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, TimeSpan? lockTimeout = null)
    {
        ((Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(
            new GraphDbContextOptionsExtension(lockTimeout ?? DatabaseOptions.DefaultLockTimeout));
        return options.UseNpgsql(dataSource)
            // Every statement at Information would drown the server's log; it stays one level down for debugging.
            .ConfigureWarnings(w => w
                .Log((RelationalEventId.CommandExecuted, LogLevel.Debug))
                // The row rules keep children within their required parents' rules (RowAccessRules), which is
                // what this warning asks to check.
                .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    private static NpgsqlDataSource CreateDataSource(IServiceProvider services)
    {
        // The host constructs every hosted service before starting any, so a service taking the data source
        // in its constructor would come before GraphDatabaseLifetime starts the cluster: start it here then.
        var database = services.GetRequiredService<GraphDatabase>();
        database.StartAsync().GetAwaiter().GetResult();
        var builder = new NpgsqlDataSourceBuilder(database.ConnectionString).UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
        KeepSessionsOnReturn(builder);
        return builder.Build();
    }

    /// <summary>
    /// A pooled connection goes back without <c>DISCARD ALL</c> (Npgsql's reset, one more round trip on its next use,
    /// which also drops the plans PostgreSQL cached for the session, <c>uuid_generate_v7()</c>'s among them). Nothing
    /// a request runs leaves session state behind: settings are <c>SET LOCAL</c> (<c>set_config(…, true)</c>) and
    /// locks transaction-scoped; the two that do keep some, the outbox listener (<c>LISTEN</c>, its
    /// <c>application_name</c>) and the migration runner (a session advisory lock), undo it before giving the
    /// connection back.
    /// </summary>
    internal static void KeepSessionsOnReturn(NpgsqlDataSourceBuilder builder) => builder.ConnectionStringBuilder.NoResetOnClose = true;

    /// <summary>Adds the readiness check: the database answers and every migration is applied unchanged.</summary>
    public static IHealthChecksBuilder AddGraphDatabaseCheck(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<DatabaseReadyHealthCheck>("database", tags: tags, timeout: TimeSpan.FromSeconds(5));
}
