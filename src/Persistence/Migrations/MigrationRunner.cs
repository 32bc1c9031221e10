using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Graph.Persistence.Migrations;

/// <summary>Applies and rolls back migrations, each in its own transaction, recorded in
/// <c>schema_migrations</c>. All of it happens under one advisory lock held on one connection, so
/// servers that start together migrate once: the others wait, then find nothing left to do.</summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, IMigrationSource source, ILogger<MigrationRunner>? logger = null)
{
    /// <summary>The advisory lock every Graph process takes to migrate ("GRAPHMIG" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x4752_4150_484D_4947;

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer     PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly ILogger _logger = logger ?? NullLogger<MigrationRunner>.Instance;

    /// <summary>Applies every pending migration in version order; returns those it applied.</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var migrations = source.Load();
        await using var connection = await OpenLockedAsync(cancellationToken);
        try
        {
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            RefuseChanged(migrations, applied);

            var done = new List<Migration>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Version)))
            {
                var clock = Stopwatch.StartNew();
                await RunInTransactionAsync(connection, migration.FileName, migration.Sql,
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                    [migration.Version, migration.Name, migration.Checksum], cancellationToken);
                _logger.LogInformation("Applied migration {File} in {Elapsed} ms", migration.FileName, clock.ElapsedMilliseconds);
                done.Add(migration);
            }

            if (done.Count == 0)
                _logger.LogInformation("Database schema is up to date ({Count} migrations)", migrations.Count);
            return done;
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>Undoes every applied migration above <paramref name="targetVersion"/>, newest first;
    /// returns those it rolled back.</summary>
    public async Task<IReadOnlyList<Migration>> RollbackAsync(int targetVersion, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetVersion);
        var migrations = source.Load().ToDictionary(m => m.Version);
        await using var connection = await OpenLockedAsync(cancellationToken);
        try
        {
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            RefuseChanged(migrations.Values, applied);

            var done = new List<Migration>();
            foreach (var version in applied.Keys.Where(v => v > targetVersion).OrderDescending())
            {
                if (!migrations.TryGetValue(version, out var migration))
                    throw new MigrationException($"Migration {version:D4}_{applied[version].Name} is applied but this build has no file for it, so it cannot be rolled back.");
                await RunInTransactionAsync(connection, migration.RollbackFileName, migration.RollbackSql,
                    "DELETE FROM schema_migrations WHERE version = $1", [migration.Version], cancellationToken);
                _logger.LogInformation("Rolled back migration {File}", migration.FileName);
                done.Add(migration);
            }

            return done;
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>Compares the database with the migrations without changing anything (no lock).</summary>
    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var migrations = source.Load();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        var applied = (bool)(await exists.ExecuteScalarAsync(cancellationToken))!
            ? await ReadAppliedAsync(connection, cancellationToken)
            : [];
        return new MigrationStatus(
            migrations.Where(m => !applied.ContainsKey(m.Version)).ToList(),
            FindChanged(migrations, applied));
    }

    private async Task<NpgsqlConnection> OpenLockedAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // Blocks while another process migrates; no command timeout, that one may take a while.
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", connection) { CommandTimeout = 0 })
                await take.ExecuteNonQueryAsync(cancellationToken);
            await using (var create = new NpgsqlCommand(CreateHistoryTable, connection))
                await create.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            // The pool resets nothing on return (KeepSessionsOnReturn): a lock taken stays with the session.
            await UnlockAsync(connection);
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            return;
        await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", connection);
        await release.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, (string, string)>();
        while (await reader.ReadAsync(cancellationToken))
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        return applied;
    }

    private static void RefuseChanged(IEnumerable<Migration> migrations, Dictionary<int, (string Name, string Checksum)> applied)
    {
        var changed = FindChanged(migrations, applied);
        if (changed.Count > 0)
            throw new MigrationException(string.Join("\n", changed.Select(c => c.Describe())));
    }

    private static List<ChangedMigration> FindChanged(IEnumerable<Migration> migrations, Dictionary<int, (string Name, string Checksum)> applied) =>
        migrations
            .Where(m => applied.TryGetValue(m.Version, out var row) && row.Checksum != m.Checksum)
            .Select(m => new ChangedMigration(m, applied[m.Version].Checksum))
            .ToList();

    private static async Task RunInTransactionAsync(
        NpgsqlConnection connection, string fileName, string sql, string bookkeeping, object[] arguments, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var script = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 })
                await script.ExecuteNonQueryAsync(cancellationToken);
            await using (var record = new NpgsqlCommand(bookkeeping, connection, transaction))
            {
                foreach (var argument in arguments)
                    record.Parameters.Add(new NpgsqlParameter { Value = argument });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new MigrationException($"{fileName} failed and was rolled back: {e.MessageText}" + (e.Position > 0 ? $" (at character {e.Position})" : ""), e);
        }
    }
}
