using Npgsql;

namespace Graph.Persistence.Seeding.Scale;

/// <summary>Inside the loading transaction: drops the keys, unique constraints, foreign keys and indexes of the
/// tables about to be bulk loaded (and foreign keys pointing at them), and puts them back afterwards. Building
/// an index once from sorted data and checking a foreign key with one join beat maintaining both row by row
/// several times over; re-adding every constraint still proves the loaded data consistent. CHECK and NOT NULL
/// constraints stay in place. The definitions come from the catalog, so they are the migrations' own.</summary>
internal sealed class BulkLoadWindow
{
    private readonly List<string> _drop = [];
    private readonly List<string> _recreate = [];

    private BulkLoadWindow()
    {
    }

    public int RecreateSteps => _recreate.Count;

    public static async Task<BulkLoadWindow> OpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        const string Definitions = """
            WITH loaded AS (
                SELECT oid FROM pg_class WHERE relname = ANY($1) AND relnamespace = current_schema()::regnamespace
            ),
            constraints AS (
                SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_sql,
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS create_sql,
                       CASE c.contype WHEN 'f' THEN 0 ELSE 1 END AS drop_order,
                       CASE c.contype WHEN 'f' THEN 3 ELSE 2 END AS create_order
                FROM pg_constraint c
                WHERE (c.contype IN ('p', 'u') AND c.conrelid IN (SELECT oid FROM loaded))
                   OR (c.contype = 'f' AND (c.conrelid IN (SELECT oid FROM loaded) OR c.confrelid IN (SELECT oid FROM loaded)))
            ),
            indexes AS (
                SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_sql,
                       pg_get_indexdef(i.indexrelid) AS create_sql,
                       2 AS drop_order,
                       1 AS create_order
                FROM pg_index i
                WHERE i.indrelid IN (SELECT oid FROM loaded)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
            )
            SELECT drop_sql, create_sql, drop_order, create_order FROM constraints
            UNION ALL
            SELECT drop_sql, create_sql, drop_order, create_order FROM indexes
            """;

        var rows = new List<(string Drop, string Create, int DropOrder, int CreateOrder)>();
        await using (var command = new NpgsqlCommand(Definitions, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tables.ToArray() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        var window = new BulkLoadWindow();
        window._drop.AddRange(rows.OrderBy(r => r.DropOrder).Select(r => r.Drop));
        window._recreate.AddRange(rows.OrderBy(r => r.CreateOrder).Select(r => r.Create));
        foreach (var statement in window._drop)
            await ExecuteAsync(connection, transaction, statement, cancellationToken);
        return window;
    }

    /// <summary>Rebuilds indexes, then keys, then foreign keys (which need the keys); reports each step done.</summary>
    public async Task CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Action<int> stepDone, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var statement in _recreate)
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken);
            stepDone(++done);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
