using Graph.Persistence.Migrations;
using Graph.Testing.Postgres;
using Graph.Server.Tests.Testing;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Cli;

/// <summary>The verbs run as the operator runs them: <c>dotnet Graph.Server.dll &lt;verb&gt;</c>.</summary>
public sealed class VerbTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly IReadOnlyList<Migration> Migrations = new EmbeddedMigrationSource().Load();

    [Fact]
    public async Task Migrate_rollback_to_zero_and_migrate_again_on_a_configured_database()
    {
        var environment = await EmptyDatabaseAsync();
        await using var directory = new ServerWorkingDirectory();

        var migrate = await GraphServerProcess.RunAsync(directory.Path, ["migrate"], environment);
        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.Contains($"Applied {Migrations.Count} migration(s): {string.Join(", ", Migrations.Select(m => m.FileName))}", migrate.Output);

        var again = await GraphServerProcess.RunAsync(directory.Path, ["migrate"], environment);
        Assert.Contains("Nothing to migrate", again.Output);

        var rollback = await GraphServerProcess.RunAsync(directory.Path, ["rollback", "--to", "0"], environment);
        Assert.True(rollback.ExitCode == 0, rollback.Output);
        Assert.Contains($"Rolled back {Migrations.Count} migration(s): {string.Join(", ", Migrations.Reverse().Select(m => m.FileName))}", rollback.Output);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(environment["ConnectionStrings__Graph"]!, "SELECT count(*) FROM schema_migrations"));
        Assert.False(Directory.Exists(directory.ClusterRoot), "a configured database must not start the embedded cluster");
    }

    [Fact]
    public async Task Migrate_refuses_a_database_whose_applied_migration_changed()
    {
        var environment = await EmptyDatabaseAsync();
        await using var directory = new ServerWorkingDirectory();
        await GraphServerProcess.RunAsync(directory.Path, ["migrate"], environment);
        await Sql.ExecuteAsync(environment["ConnectionStrings__Graph"]!, "UPDATE schema_migrations SET checksum = 'recorded-elsewhere'");

        var refused = await GraphServerProcess.RunAsync(directory.Path, ["migrate"], environment);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: Migration 0001_baseline.sql was changed after it was applied", refused.Output);
        Assert.Contains("recorded-elsewhere", refused.Output);
    }

    [Fact]
    public async Task Rollback_requires_to()
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, ["rollback"], await EmptyDatabaseAsync());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--to", result.Output);
    }

    [Fact]
    public async Task Migrate_on_the_embedded_cluster_stops_it_afterwards()
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, ["migrate"]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"Applied {Migrations.Count} migration(s)", result.Output);
        Assert.True(File.Exists(Path.Combine(directory.DataDirectory, "PG_VERSION")));
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(directory.DataDirectory));
    }

    [Theory]
    [InlineData("--demo", "Ran 1 seeder(s) for --demo: demo")]
    [InlineData("--scale 500", "Ran 1 seeder(s) for --scale 500: scale")]
    public async Task Seed_runs_the_registered_seeders_and_says_how_many(string arguments, string expected)
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, ["seed", .. arguments.Split(' ')], await MigratedDatabaseAsync());

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(expected, result.Output);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed --demo --scale 5")]
    [InlineData("seed --scale 0")]
    public async Task Seed_wants_exactly_one_mode(string arguments)
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, arguments.Split(' '), await MigratedDatabaseAsync());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--scale", result.Output);
    }

    [Fact]
    public async Task Export_schema_writes_the_served_schema_without_a_database()
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, ["export-schema"]);

        Assert.True(result.ExitCode == 0, result.Output);
        var written = Path.Combine(directory.Path, "schema.graphql");
        Assert.Contains($"Wrote the schema to {written}", result.Output);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryRoot.Combine("schema.graphql")), await File.ReadAllTextAsync(written));
        Assert.False(Directory.Exists(directory.ClusterRoot), "export-schema needs no database");
    }

    [Fact]
    public async Task Export_schema_writes_to_the_given_path()
    {
        await using var directory = new ServerWorkingDirectory();

        var result = await GraphServerProcess.RunAsync(directory.Path, ["export-schema", "out/api.graphql"]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("interface Node {", await File.ReadAllTextAsync(Path.Combine(directory.Path, "out", "api.graphql")));
    }

    private async Task<Dictionary<string, string?>> EmptyDatabaseAsync() =>
        new() { ["ConnectionStrings__Graph"] = await fixture.CreateEmptyDatabaseAsync() };

    private async Task<Dictionary<string, string?>> MigratedDatabaseAsync() =>
        new() { ["ConnectionStrings__Graph"] = await fixture.CreateMigratedDatabaseAsync() };
}
