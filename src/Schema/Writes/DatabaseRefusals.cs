using System.Collections.Concurrent;
using Graph.Persistence;
using Graph.Schema.StatusChanges;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Schema.Writes;

/// <summary>
/// PostgreSQL's refusals of a write as payload errors: a unique violation (23505) names the input fields of its
/// columns, a foreign key (23503), check (23514) or not-null (23502) violation is a <see cref="ValidationError"/> on
/// its field; an exclusion violation (23P01: two bookings of one room or teacher overlap) is a
/// <see cref="ReservationConflictError"/>. The columns of every constraint and unique index are read from the catalog once, by the first write,
/// before it saves: a refused statement aborts its transaction, which can then answer nothing (writes save without
/// EF's savepoints, one round trip less each way).
/// </summary>
internal static class DatabaseRefusals
{
    private const string ConstraintColumns = """
        SELECT c.conrelid::regclass::text AS "Table", c.conname AS "Name", a.attname AS "Column"
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.connamespace = current_schema()::regnamespace
        UNION
        SELECT x.indrelid::regclass::text, i.relname, a.attname
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum > 0
            AND (a.attnum = ANY (x.indkey) OR pg_get_expr(x.indexprs, x.indrelid) ~ ('\m' || a.attname || '\M'))
        WHERE x.indisunique AND i.relnamespace = current_schema()::regnamespace
        """;

    private static volatile Dictionary<(string Table, string Constraint), string[]>? _columns;

    private sealed record ConstraintColumn(string Table, string Name, string Column);

    /// <summary>Reads the constraints' columns, once per process.</summary>
    public static async Task EnsureLoadedAsync(GraphDbContext db, CancellationToken cancellationToken)
    {
        if (_columns is not null)
            return;
        var rows = await db.Database.SqlQueryRaw<ConstraintColumn>(ConstraintColumns).ToListAsync(cancellationToken);
        _columns = rows.GroupBy(r => (r.Table, r.Name)).ToDictionary(g => g.Key, g => g.Select(r => r.Column).ToArray());
    }

    public static IMutationError? ToError(PostgresException refusal, EntityWriteModel model)
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
                var fields = Fields(refusal, model);
                return new UniqueConstraintError(
                    $"Another {model.TypeName} already has this {string.Join(" and ", fields.Select(f => $"`{f}`"))}.", fields);
            }

            case PostgresErrorCodes.ForeignKeyViolation when refusal.TableName != model.Table:
                return new ValidationError($"{refusal.TableName} rows point at it.", "id");

            case PostgresErrorCodes.CheckViolation when refusal.ConstraintName is null && refusal.ColumnName is { } column:
            {
                // Raised by a trigger with its own words and the column it is about.
                var field = model.InputNameOf(column) ?? column;
                return new ValidationError(refusal.MessageText, field);
            }

            case PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.CheckViolation:
            {
                var field = Fields(refusal, model).FirstOrDefault() ?? "input";
                return new ValidationError(
                    refusal.SqlState == PostgresErrorCodes.CheckViolation
                        ? $"`{field}` is outside what is allowed ({refusal.ConstraintName})."
                        : $"`{field}` points at nothing.",
                    field);
            }

            case PostgresErrorCodes.ExclusionViolation:
            {
                // The constraint's first column is what is booked (teacher_id, room_id); the range is the time.
                var booked = refusal.ConstraintName is { } name && refusal.TableName is { } table && _columns?.GetValueOrDefault((table, name)) is [var first, ..]
                    ? first.EndsWith("_id", StringComparison.Ordinal) ? first[..^3] : first
                    : "resource";
                return new ReservationConflictError(
                    $"The {booked.Replace('_', ' ')} is already booked for an overlapping time ({refusal.ConstraintName}).", refusal.ConstraintName ?? "");
            }

            default:
                return null;
        }
    }

    private static IReadOnlyList<string> Fields(PostgresException refusal, EntityWriteModel model) =>
        refusal.ConstraintName is { } constraint && refusal.TableName is { } table && _columns?.GetValueOrDefault((table, constraint)) is { } columns
            ? [.. columns.Select(c => model.InputNameOf(c) ?? c)]
            : [];
}
