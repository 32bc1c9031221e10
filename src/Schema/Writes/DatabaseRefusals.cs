using System.Collections.Concurrent;
using Graph.Persistence;
using Graph.Schema.StatusChanges;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Schema.Writes;

/// <summary>
/// PostgreSQL's refusals of a write as payload errors: a unique violation (23505) names the input fields of its
/// columns, a foreign key (23503), check (23514) or not-null (23502) violation is a <see cref="ValidationError"/> on
/// its field. The columns of a constraint or unique index come from the catalog, asked on the write's own connection:
/// EF rolls a failed save back to a savepoint, so the transaction can still answer.
/// </summary>
internal static class DatabaseRefusals
{
    private const string ConstraintColumns = """
        SELECT a.attname AS "Value"
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.conname = {0} AND c.conrelid = {1}::regclass
        UNION
        SELECT a.attname
        FROM pg_class i JOIN pg_index x ON x.indexrelid = i.oid
        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum > 0
            AND (a.attnum = ANY (x.indkey) OR pg_get_expr(x.indexprs, x.indrelid) ~ ('\m' || a.attname || '\M'))
        WHERE i.relname = {0} AND x.indrelid = {1}::regclass
        """;

    private static readonly ConcurrentDictionary<(string Table, string Constraint), string[]> Columns = new();

    public static async Task<IMutationError?> ToErrorAsync(PostgresException refusal, EntityWriteModel model, GraphDbContext db, CancellationToken cancellationToken)
    {
        switch (refusal.SqlState)
        {
            case PostgresErrorCodes.NotNullViolation when refusal.ColumnName is { } column:
            {
                var field = model.InputNameOf(column) ?? column;
                return new ValidationError($"`{field}` is required.", field);
            }

            case PostgresErrorCodes.UniqueViolation:
            {
                var fields = await FieldsAsync(refusal, model, db, cancellationToken);
                return new UniqueConstraintError(
                    $"Another {model.TypeName} already has this {string.Join(" and ", fields.Select(f => $"`{f}`"))}.", fields);
            }

            case PostgresErrorCodes.ForeignKeyViolation when refusal.TableName != model.Table:
                return new ValidationError($"{refusal.TableName} rows point at it.", "id");

            case PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.CheckViolation:
            {
                var fields = await FieldsAsync(refusal, model, db, cancellationToken);
                var field = fields.FirstOrDefault() ?? "input";
                return new ValidationError(
                    refusal.SqlState == PostgresErrorCodes.CheckViolation
                        ? $"`{field}` is outside what is allowed ({refusal.ConstraintName})."
                        : $"`{field}` points at nothing.",
                    field);
            }

            default:
                return null;
        }
    }

    private static async Task<IReadOnlyList<string>> FieldsAsync(PostgresException refusal, EntityWriteModel model, GraphDbContext db, CancellationToken cancellationToken)
    {
        if (refusal.ConstraintName is not { } constraint || refusal.TableName is not { } table)
            return [];
        if (!Columns.TryGetValue((table, constraint), out var columns))
        {
            columns = [.. await db.Database.SqlQueryRaw<string>(ConstraintColumns, constraint, table).ToListAsync(cancellationToken)];
            Columns[(table, constraint)] = columns;
        }

        return [.. columns.Select(c => model.InputNameOf(c) ?? c)];
    }
}
