using Graph.Persistence.Migrations;
using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Persistence.Tests.Migrations;

public sealed class MigrationRunnerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly InMemoryMigrationSource TwoTables = new(
        ("0001_first.sql", "CREATE TABLE first_table (id int PRIMARY KEY);"),
        ("0001_first.rollback.sql", "DROP TABLE first_table;"),
        ("0002_second.sql", "CREATE TABLE second_table (id int PRIMARY KEY); INSERT INTO second_table VALUES (1);"),
        ("0002_second.rollback.sql", "DROP TABLE second_table;"));

    [Fact]
    public async Task Migrating_up_then_rolling_back_to_zero_leaves_only_schema_migrations()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        var runner = new MigrationRunner(dataSource, new EmbeddedMigrationSource());

        var applied = await runner.MigrateAsync();
        Assert.Equal(new EmbeddedMigrationSource().Load().Count, applied.Count);
        Assert.Contains("uuid_generate_v7", await PublicFunctionsAsync(dataSource));

        var rolledBack = await runner.RollbackAsync(0);

        Assert.Equal(applied.Select(m => m.Version).Reverse(), rolledBack.Select(m => m.Version));
        Assert.Equal(["schema_migrations"], await PublicTablesAsync(dataSource));
        Assert.Empty(await PublicFunctionsAsync(dataSource));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Records_version_name_checksum_and_time_of_each_migration()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        await new MigrationRunner(dataSource, TwoTables).MigrateAsync();

        await using var command = dataSource.CreateCommand("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var expected = TwoTables.Load();
        foreach (var migration in expected)
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(migration.Version, reader.GetInt32(0));
            Assert.Equal(migration.Name, reader.GetString(1));
            Assert.Equal(migration.Checksum, reader.GetString(2));
            Assert.InRange(reader.GetDateTime(3), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
        }

        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task Rolling_back_to_a_version_keeps_that_version_and_below()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        var runner = new MigrationRunner(dataSource, TwoTables);
        await runner.MigrateAsync();

        var rolledBack = await runner.RollbackAsync(1);

        Assert.Equal([2], rolledBack.Select(m => m.Version));
        Assert.Equal(["first_table", "schema_migrations"], await PublicTablesAsync(dataSource));
        Assert.Empty(await runner.RollbackAsync(1));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        var runner = new MigrationRunner(dataSource, TwoTables);

        Assert.Equal(2, (await runner.MigrateAsync()).Count);
        Assert.Empty(await runner.MigrateAsync());
        Assert.True((await runner.GetStatusAsync()).IsCurrent);
    }

    [Fact]
    public async Task An_applied_migration_whose_file_changed_is_refused_naming_the_file_and_both_checksums()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        await new MigrationRunner(dataSource, TwoTables).MigrateAsync();
        var altered = new InMemoryMigrationSource(
            ("0001_first.sql", "CREATE TABLE first_table (id bigint PRIMARY KEY);"),
            ("0001_first.rollback.sql", "DROP TABLE first_table;"),
            ("0002_second.sql", "CREATE TABLE second_table (id int PRIMARY KEY); INSERT INTO second_table VALUES (1);"),
            ("0002_second.rollback.sql", "DROP TABLE second_table;"));
        var runner = new MigrationRunner(dataSource, altered);

        var refused = await Assert.ThrowsAsync<MigrationException>(() => runner.MigrateAsync());
        Assert.Contains("0001_first.sql", refused.Message);
        Assert.Contains(TwoTables.Load()[0].Checksum, refused.Message);
        Assert.Contains(altered.Load()[0].Checksum, refused.Message);
        Assert.DoesNotContain("0002_second.sql", refused.Message);

        await Assert.ThrowsAsync<MigrationException>(() => runner.RollbackAsync(0));
        var status = await runner.GetStatusAsync();
        Assert.False(status.IsCurrent);
        Assert.Equal([1], status.Changed.Select(c => c.Migration.Version));
    }

    [Fact]
    public async Task Changing_only_line_endings_is_not_a_change()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        await new MigrationRunner(dataSource, new InMemoryMigrationSource(
            ("0001_a.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);"), ("0001_a.rollback.sql", "DROP TABLE a, b;"))).MigrateAsync();

        var crlf = new MigrationRunner(dataSource, new InMemoryMigrationSource(
            ("0001_a.sql", "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);"), ("0001_a.rollback.sql", "DROP TABLE a, b;")));

        Assert.Empty(await crlf.MigrateAsync());
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_and_earlier_ones_stay_applied()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());
        var runner = new MigrationRunner(dataSource, new InMemoryMigrationSource(
            ("0001_good.sql", "CREATE TABLE good (id int);"),
            ("0001_good.rollback.sql", "DROP TABLE good;"),
            ("0002_bad.sql", "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;"),
            ("0002_bad.rollback.sql", "DROP TABLE half_done;")));

        var failure = await Assert.ThrowsAsync<MigrationException>(() => runner.MigrateAsync());

        Assert.Contains("0002_bad.sql", failure.Message);
        Assert.Contains("no_such_table", failure.Message);
        Assert.Equal(["good", "schema_migrations"], await PublicTablesAsync(dataSource));
        Assert.Equal([2], (await runner.GetStatusAsync()).Pending.Select(m => m.Version));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Runners_starting_together_apply_each_migration_once()
    {
        var connectionString = await fixture.CreateEmptyDatabaseAsync();
        // Each migration logs that it ran into a table the first one creates; pg_sleep widens the race window.
        var source = new InMemoryMigrationSource(
            ("0001_log.sql", "CREATE TABLE applier_log (version int); INSERT INTO applier_log VALUES (1); SELECT pg_sleep(0.2);"),
            ("0001_log.rollback.sql", "DROP TABLE applier_log;"),
            ("0002_more.sql", "INSERT INTO applier_log VALUES (2); SELECT pg_sleep(0.2);"),
            ("0002_more.rollback.sql", "DELETE FROM applier_log WHERE version = 2;"),
            ("0003_last.sql", "INSERT INTO applier_log VALUES (3);"),
            ("0003_last.rollback.sql", "DELETE FROM applier_log WHERE version = 3;"));
        var dataSources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            var results = await Task.WhenAll(dataSources.Select(d => Task.Run(() => new MigrationRunner(d, source).MigrateAsync())));

            Assert.Equal(3, results.Sum(r => r.Count));
            Assert.Single(results, r => r.Count == 3);
            Assert.Equal(["1", "2", "3"], await Sql.ColumnAsync(connectionString, "SELECT version FROM applier_log ORDER BY version"));
            Assert.Equal(3L, await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        }
        finally
        {
            foreach (var dataSource in dataSources)
                await dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task Status_of_an_empty_database_lists_every_migration_as_pending()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateEmptyDatabaseAsync());

        var status = await new MigrationRunner(dataSource, TwoTables).GetStatusAsync();

        Assert.Equal([1, 2], status.Pending.Select(m => m.Version));
        Assert.Contains("pending: 0001_first.sql, 0002_second.sql", status.Describe());
    }

    [Fact]
    public async Task The_fixture_database_is_a_migrated_clone()
    {
        var status = await new MigrationRunner(fixture.DataSource, new EmbeddedMigrationSource()).GetStatusAsync();

        Assert.True(status.IsCurrent, status.Describe());
    }

    private static async Task<List<string>> PublicTablesAsync(NpgsqlDataSource dataSource) =>
        await ColumnAsync(dataSource, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");

    private static async Task<List<string>> PublicFunctionsAsync(NpgsqlDataSource dataSource) =>
        await ColumnAsync(dataSource, "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1");

    private static async Task<List<string>> ColumnAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }
}
