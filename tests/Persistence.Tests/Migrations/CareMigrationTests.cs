using Graph.Persistence.Migrations;
using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Persistence.Tests.Migrations;

/// <summary>Rolling back the Care migration leaves the schema exactly as a database that never had it.</summary>
public sealed class CareMigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Care = 10;

    /// <summary>Every migration but Care and those after it.</summary>
    private sealed class Before(IMigrationSource all) : IMigrationSource
    {
        public IReadOnlyList<Migration> Load() => [.. all.Load().Where(m => m.Version < Care)];
    }

    [Fact]
    public async Task Rolling_back_care_restores_the_schema_before_it_and_migrating_again_restores_care()
    {
        var withoutCare = await fixture.CreateEmptyDatabaseAsync();
        await using (var source = NpgsqlDataSource.Create(withoutCare))
            await new MigrationRunner(source, new Before(new EmbeddedMigrationSource())).MigrateAsync();
        var expected = await CatalogAsync(withoutCare);

        var migrated = await fixture.CreateMigratedDatabaseAsync();
        var full = await CatalogAsync(migrated);
        Assert.Contains(full, line => line.StartsWith("table patient_journey_events", StringComparison.Ordinal));
        await using var dataSource = NpgsqlDataSource.Create(migrated);
        var runner = new MigrationRunner(dataSource, new EmbeddedMigrationSource());

        await runner.RollbackAsync(Care - 1);
        Assert.Equal(expected, await CatalogAsync(migrated));

        await runner.MigrateAsync();
        Assert.Equal(full, await CatalogAsync(migrated));
    }

    /// <summary>Tables with their columns, indexes, constraints, triggers and functions, as text lines.</summary>
    private static async Task<List<string>> CatalogAsync(string connectionString) =>
        (await Sql.ColumnAsync(connectionString, """
            SELECT 'table ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
            UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'
            UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
              WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
            UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
              WHERE NOT tgisinternal AND c.relnamespace = current_schema()::regnamespace
            UNION ALL SELECT 'function ' || proname || '(' || pg_get_function_identity_arguments(oid) || ')' FROM pg_proc
              WHERE pronamespace = current_schema()::regnamespace
            ORDER BY 1
            """)).ToList();
}
