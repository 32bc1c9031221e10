using System.Text.RegularExpressions;
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

        var database = new SortedSet<string>(await Sql.ColumnAsync(fixture.ConnectionString, """
            SELECT c.table_name || '.' || c.column_name || ' ' || format_type(a.atttypid, a.atttypmod) || CASE c.is_nullable WHEN 'NO' THEN ' not null' ELSE '' END
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
            WHERE c.table_schema = current_schema() AND c.table_name <> 'schema_migrations'
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

    [GeneratedRegex(@"'([A-Z_]+)'")]
    private static partial Regex Literal();
}
