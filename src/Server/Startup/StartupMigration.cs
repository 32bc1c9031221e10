using Graph.Persistence.Database;
using Graph.Persistence.Migrations;
using Graph.Persistence.Seeding;

namespace Graph.Server.Startup;

/// <summary>Brings the schema up to date when the server starts: always on the embedded database (which is
/// also seeded with demo data), in Development on a configured one. A configured database outside
/// Development is left to the operator's <c>migrate</c>, so a deploy never changes a shared schema by surprise.</summary>
internal sealed class StartupMigration(
    GraphDatabase database, IHostEnvironment environment, MigrationRunner migrations, SeedRunner seeds, ILogger<StartupMigration> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsEmbedded && !environment.IsDevelopment())
        {
            logger.LogInformation("Not migrating the configured database outside Development; run the `migrate` verb");
            return;
        }

        await migrations.MigrateAsync(cancellationToken);
        if (database.IsEmbedded)
        {
            var ran = await seeds.RunAsync(new SeedRequest(SeedMode.Demo), cancellationToken: cancellationToken);
            logger.LogInformation("Ran {Count} demo seeder(s) on the embedded database", ran.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
