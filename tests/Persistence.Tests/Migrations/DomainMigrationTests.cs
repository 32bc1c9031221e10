using Graph.Persistence.Migrations;
using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Persistence.Tests.Migrations;

/// <summary>Each module's migration rolls back on its own, newest first, and applies again after.</summary>
public sealed class DomainMigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<int, string[]> TablesOf = new()
    {
        [2] = ["addresses", "refresh_tokens", "revoked_tokens", "users"],
        [3] = ["booking_items", "bookings", "lab_tests", "pets", "test_batch_groups", "test_categories", "test_reports"],
        [4] = ["leads", "team_members"],
        [5] = ["enrollments", "installments", "payments", "programs", "students"],
    };

    [Fact]
    public async Task Rolling_back_one_module_at_a_time_removes_exactly_its_tables_and_migrating_again_restores_them()
    {
        var connectionString = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var runner = new MigrationRunner(dataSource, new EmbeddedMigrationSource());
        var everything = await TablesAsync(connectionString);

        for (var version = 5; version >= 2; version--)
        {
            var before = await TablesAsync(connectionString);
            await runner.RollbackAsync(version - 1);
            var removed = before.Except(await TablesAsync(connectionString)).Order().ToArray();
            Assert.Equal(TablesOf[version], removed);
        }

        Assert.Equal(["schema_migrations"], await TablesAsync(connectionString));
        await runner.MigrateAsync();
        Assert.Equal(everything, await TablesAsync(connectionString));
    }

    private static async Task<List<string>> TablesAsync(string connectionString) =>
        (await Sql.ColumnAsync(connectionString, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")).ToList();
}
