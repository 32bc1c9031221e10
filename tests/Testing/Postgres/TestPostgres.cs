using Graph.Persistence.Embedded;
using Graph.Persistence.Migrations;
using Graph.Testing.Processes;
using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>The one PostgreSQL server of a test assembly run: the embedded cluster in a temporary directory
/// (deleted when the process exits), or the server of <c>ConnectionStrings__Graph</c> when that is set.
/// Every database it makes carries a per-run prefix so assemblies running side by side never collide.</summary>
public sealed class TestPostgres
{
    private static readonly Lazy<Task<TestPostgres>> Shared = new(StartAsync);

    private readonly EmbeddedPostgresCluster? _cluster;
    private readonly string _adminConnectionString;
    private readonly string _prefix = $"graph_t{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
    private readonly SemaphoreSlim _cloneGate = new(1, 1);
    private readonly Lazy<Task<string>> _template;
    private int _databases;

    private TestPostgres(EmbeddedPostgresCluster? cluster, string adminConnectionString)
    {
        _cluster = cluster;
        _adminConnectionString = adminConnectionString;
        _template = new(CreateTemplateAsync);
    }

    /// <summary>Where the embedded clusters of test runs live; leftovers of killed runs are swept from here.</summary>
    public static string ClustersRoot => Path.Combine(Path.GetTempPath(), "graph-tests");

    public static Task<TestPostgres> GetAsync() => Shared.Value;

    public bool IsEmbedded => _cluster is not null;

    /// <summary>A pooled connection string; the admin connections creating databases are not pooled, so no
    /// idle connection to a template ever blocks a clone.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>A new database holding every migration, cloned from the run's template database.</summary>
    public async Task<string> CreateMigratedDatabaseAsync()
    {
        var template = await _template.Value;
        // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template, including another clone.
        await _cloneGate.WaitAsync();
        try
        {
            return await CreateDatabaseAsync(template);
        }
        finally
        {
            _cloneGate.Release();
        }
    }

    /// <summary>A new database with no migration applied.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => CreateDatabaseAsync(template: null);

    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = await OpenAdminAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task<TestPostgres> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Graph");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var external = new TestPostgres(null, new NpgsqlConnectionStringBuilder(configured) { Pooling = false }.ConnectionString);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => external.DropOwnDatabasesAsync().GetAwaiter().GetResult();
            return external;
        }

        await SweepAbandonedClustersAsync();
        var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions
        {
            DataDirectory = Path.Combine(ClustersRoot, $"run-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}"),
            Durable = false,
        });
        await cluster.StartAsync();
        StopAndDeleteAfterThisProcess(cluster);
        var admin = new NpgsqlConnectionStringBuilder(cluster.ConnectionStringFor("postgres")) { Pooling = false };
        return new TestPostgres(cluster, admin.ConnectionString);
    }

    private static void StopAndDeleteAfterThisProcess(EmbeddedPostgresCluster cluster)
    {
        var pgCtl = PostgresBinaries.Locate(null).PgCtl;
        var stop = $"{ExitWatchdog.Quote(pgCtl)} stop -D {ExitWatchdog.Quote(cluster.DataDirectory)} -m immediate -w";
        if (Environment.IsPrivilegedProcess)
            stop = "runuser -u postgres -- " + stop;
        ExitWatchdog.AfterThisProcess($"{stop}; rm -rf {ExitWatchdog.Quote(cluster.RootDirectory)}");
    }

    // Should the watchdog itself die, a cluster stays behind; the owner lock tells it is abandoned.
    // Only old directories are touched: a run starting right now may not hold its lock yet.
    private static async Task SweepAbandonedClustersAsync()
    {
        if (!Directory.Exists(ClustersRoot))
            return;
        foreach (var directory in Directory.GetDirectories(ClustersRoot))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) < TimeSpan.FromMinutes(5))
                continue;
            try
            {
                await new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = directory }).TryDeleteAbandonedAsync();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EmbeddedPostgresException)
            {
                // Someone else's leftovers are not worth failing this run for.
            }
        }
    }

    private async Task<string> CreateTemplateAsync()
    {
        var template = await CreateDatabaseAsync(template: null, name: _prefix + "_template");
        var unpooled = new NpgsqlConnectionStringBuilder(ConnectionStringFor(template)) { Pooling = false };
        await using (var dataSource = NpgsqlDataSource.Create(unpooled.ConnectionString))
            await new MigrationRunner(dataSource, new EmbeddedMigrationSource()).MigrateAsync();
        return template;
    }

    private async Task<string> CreateDatabaseAsync(string? template, string? name = null)
    {
        name ??= $"{_prefix}_{Interlocked.Increment(ref _databases)}";
        await using var connection = await OpenAdminAsync();
        await ExecuteAsync(connection, template is null
            ? $"CREATE DATABASE \"{name}\""
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    private async Task DropOwnDatabasesAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAdminAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = _prefix });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        }

        foreach (var name in names)
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
