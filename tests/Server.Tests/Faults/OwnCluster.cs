using Graph.Persistence.Embedded;
using Graph.Persistence.Migrations;
using Npgsql;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// A migrated PostgreSQL cluster for one test class alone, for tests that stop and start it (the shared cluster serves
/// the other tests). Deleted afterwards.
/// </summary>
public sealed class OwnCluster : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "graph-tests", "own-" + Guid.NewGuid().ToString("N")[..8]);

    public EmbeddedPostgresCluster Cluster { get; private set; } = null!;

    public string ConnectionString => Cluster.ConnectionString;

    public async Task InitializeAsync()
    {
        Cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = _root, Durable = false });
        await Cluster.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(Cluster.ConnectionString);
        await new MigrationRunner(dataSource, new EmbeddedMigrationSource()).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
