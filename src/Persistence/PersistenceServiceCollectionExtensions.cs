using Graph.Persistence.Database;
using Graph.Persistence.Embedded;
using Graph.Persistence.Health;
using Graph.Persistence.Migrations;
using Graph.Persistence.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The database (configured or embedded, started with the host), one <see cref="NpgsqlDataSource"/>
    /// over it, the migration runner and the seed runner.</summary>
    public static IServiceCollection AddGraphPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmbeddedPostgresOptions>(configuration.GetSection(EmbeddedPostgresOptions.SectionName));
        services.TryAddSingleton<GraphDatabase>();
        services.AddHostedService<GraphDatabaseLifetime>();
        services.TryAddSingleton(CreateDataSource);
        services.TryAddSingleton<IMigrationSource, EmbeddedMigrationSource>();
        services.TryAddSingleton<MigrationRunner>();
        services.TryAddSingleton<SeedRunner>();
        return services;
    }

    private static NpgsqlDataSource CreateDataSource(IServiceProvider services)
    {
        // The host constructs every hosted service before starting any, so a service taking the data source
        // in its constructor would come before GraphDatabaseLifetime starts the cluster: start it here then.
        var database = services.GetRequiredService<GraphDatabase>();
        database.StartAsync().GetAwaiter().GetResult();
        return new NpgsqlDataSourceBuilder(database.ConnectionString)
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .Build();
    }

    /// <summary>Adds the readiness check: the database answers and every migration is applied unchanged.</summary>
    public static IHealthChecksBuilder AddGraphDatabaseCheck(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<DatabaseReadyHealthCheck>("database", tags: tags, timeout: TimeSpan.FromSeconds(5));
}
