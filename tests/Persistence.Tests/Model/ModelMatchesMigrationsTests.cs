using System.Text.RegularExpressions;
using Graph.Persistence.Migrations;
using Graph.Persistence.Model;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Persistence.Tests.Model;

/// <summary>EF never creates the schema, so nothing but this test keeps the model and the SQL migrations in agreement.</summary>
public sealed partial class ModelMatchesMigrationsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_mapped_column_exists_with_the_same_type_and_nullability_and_every_table_is_mapped()
    {
        await using var db = Contexts.For(fixture);
        var model = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
                model.Add($"{table.Name}.{property.GetColumnName(table)} {property.GetColumnType(table)}{(property.IsColumnNullable(table) ? "" : " not null")}");
        }

        // schema_migrations belongs to the migration runner, event_outbox_delivery to the outbox's delivery (raw SQL, one
        // row), not to the EF model.
        var database = new SortedSet<string>(await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT c.table_name || '.' || c.column_name || ' ' || format_type(a.atttypid, a.atttypmod) || CASE c.is_nullable WHEN 'NO' THEN ' not null' ELSE '' END
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
            WHERE c.table_schema = current_schema() AND c.table_name NOT IN ('schema_migrations', 'event_outbox_delivery')
            """), StringComparer.Ordinal);

        Assert.Equal(database, model);
    }

    [Fact]
    public async Task Every_enum_column_checks_exactly_the_enum_values()
    {
        await using var db = Contexts.For(fixture);
        var checkedColumns = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var converter = property.GetValueConverter() ?? property.GetElementType()?.GetValueConverter();
                if (converter?.GetType() is not { IsGenericType: true } type || type.GetGenericTypeDefinition() != typeof(UpperSnakeEnumConverter<>))
                    continue;
                var enumType = type.GetGenericArguments()[0];
                var expected = ((IEnumerable<string>)typeof(EnumValues<>).MakeGenericType(enumType).GetProperty("All")!.GetValue(null)!).Order().ToList();

                var column = property.GetColumnName(table)!;
                var definitions = await Sql.ColumnAsync(fixture.ConnectionString, $"""
                    SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                    WHERE c.contype = 'c' AND c.conrelid = '{table.Name}'::regclass AND a.attname = '{column}'
                    """);
                var allowed = definitions.SelectMany(d => Literal().Matches(d).Select(m => m.Groups[1].Value)).Distinct().Order().ToList();
                Assert.True(expected.SequenceEqual(allowed), $"{table.Name}.{column} allows [{string.Join(", ", allowed)}], {enumType.Name} has [{string.Join(", ", expected)}]");
                checkedColumns++;
            }
        }

        Assert.True(checkedColumns >= 12, $"only {checkedColumns} enum columns found");
    }

    [Fact]
    public async Task The_defaults_read_from_the_migrations_are_the_catalogs()
    {
        var database = new SortedSet<string>(await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' AND (column_default IS NOT NULL OR is_identity = 'YES')
            """), StringComparer.Ordinal);
        var parsed = new SortedSet<string>(ColumnDefaults.Read(new EmbeddedMigrationSource().Load()), StringComparer.Ordinal);
        Assert.True(database.SetEquals(parsed), $"only in the catalog: {string.Join(", ", database.Except(parsed))}; only parsed: {string.Join(", ", parsed.Except(database))}");
        Assert.Contains("pets.is_active", parsed);
        Assert.DoesNotContain("pets.name", parsed);
    }

    /// <summary>A write leaves out what the caller left out: EF then inserts the new entity's initial value, which must be
    /// the column's default, or leaving a field out would mean something else through GraphQL than in SQL.</summary>
    [Fact]
    public async Task Every_constant_column_default_is_the_entitys_initial_value()
    {
        await using var db = Contexts.For(fixture);
        var defaults = (await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT table_name || '|' || column_name || '|' || column_default FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_default IS NOT NULL AND column_default NOT LIKE '%(%'
            """)).Select(l => l.Split('|')).ToDictionary(p => (p[0], p[1]), p => p[2]);
        var compared = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.ClrType.IsAbstract))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var instance = Activator.CreateInstance(entity.ClrType)!;
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
            {
                if (!defaults.TryGetValue((table.Name, property.GetColumnName(table)!), out var sqlDefault))
                    continue;
                var value = property.PropertyInfo!.GetValue(instance);
                var converter = property.GetValueConverter() ?? property.GetElementType()?.GetValueConverter();
                var provider = value is System.Collections.IEnumerable list and not string
                    ? "'{" + string.Join(",", list.Cast<object>().Select(v => converter?.ConvertToProvider(v))) + "}'::text[]"
                    : converter is not null ? $"'{converter.ConvertToProvider(value)}'::text" : Literal(value);
                Assert.True(sqlDefault == provider, $"{table.Name}.{property.GetColumnName(table)} defaults to {sqlDefault}; a new {entity.ClrType.Name} has {provider}");
                compared++;
            }
        }

        Assert.True(compared >= 20, $"only {compared} defaults compared");
    }

    private static string Literal(object? value) => value switch
    {
        bool b => b ? "true" : "false",
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "NULL",
    };

    [GeneratedRegex(@"'([A-Z_]+)'")]
    private static partial Regex Literal();
}
