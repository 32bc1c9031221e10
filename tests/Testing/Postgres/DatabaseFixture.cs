using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>A class fixture: a fresh database for one test class, cloned from the migrated template, and
/// dropped afterwards. Use as <c>IClassFixture&lt;DatabaseFixture&gt;</c>.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    private readonly List<string> _extraDatabases = [];
    private NpgsqlDataSource? _dataSource;

    public TestPostgres Server { get; private set; } = null!;

    public string DatabaseName { get; private set; } = "";

    public string ConnectionString => Server.ConnectionStringFor(DatabaseName);

    public NpgsqlDataSource DataSource => _dataSource ??= NpgsqlDataSource.Create(ConnectionString);

    public async Task InitializeAsync()
    {
        Server = await TestPostgres.GetAsync();
        DatabaseName = await Server.CreateMigratedDatabaseAsync();
    }

    /// <summary>Another database on the same server with no migration applied, for tests of migrating itself;
    /// returns its connection string. Dropped with the fixture.</summary>
    public async Task<string> CreateEmptyDatabaseAsync() => Track(await Server.CreateEmptyDatabaseAsync());

    /// <summary>Another migrated clone, for a test that changes the database in ways the class's other tests
    /// must not see; returns its connection string. Dropped with the fixture.</summary>
    public async Task<string> CreateMigratedDatabaseAsync() => Track(await Server.CreateMigratedDatabaseAsync());

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        if (DatabaseName.Length > 0)
            await Server.DropDatabaseAsync(DatabaseName);
        foreach (var database in _extraDatabases)
            await Server.DropDatabaseAsync(database);
    }

    private string Track(string database)
    {
        lock (_extraDatabases)
            _extraDatabases.Add(database);
        return Server.ConnectionStringFor(database);
    }
}
