using System.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

/// <summary><c>seed --scale N</c>: N bookings and a proportional, referentially consistent world around them
/// (<see cref="ScalePlan"/>), added to whatever the database holds. The catalogue (test categories, lab tests,
/// programs) is shared with earlier runs; everything else is new rows. All of it loads in one transaction
/// over binary COPY with the loaded tables' keys, foreign keys and indexes dropped meanwhile and rebuilt
/// before commit, so a failed or cancelled run leaves the database as it was; rows whose triggers look other rows
/// up by key follow once the keys are back (<see cref="ScaleTablesAttribute.AfterKeys"/>). Every account gets one
/// hash of the demo password, made once per run.</summary>
public sealed class ScaleSeeder(NpgsqlDataSource dataSource, TimeProvider? clock = null, ILogger<ScaleSeeder>? logger = null) : ISeeder
{
    // Loading is most of the work; rebuilding indexes and checking foreign keys the rest.
    private const double LoadShare = 0.7;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<ScaleSeeder>.Instance;

    public string Name => "scale";

    public int Order => 100;

    public bool Supports(SeedMode mode) => mode == SeedMode.Scale;

    /// <summary>Rows written per table by the last run.</summary>
    public IReadOnlyDictionary<string, long> LastCounts { get; private set; } = new Dictionary<string, long>();

    public async Task SeedAsync(SeedRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Rows);
        var plan = new ScalePlan(request.Rows);
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await RequireSchemaAsync(connection, cancellationToken);
        var catalog = await EnsureCatalogAsync(connection, cancellationToken);
        var hash = PasswordHashing.Hash(DemoAccounts.Password);
        var now = _clock.GetUtcNow();

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        var window = await BulkLoadWindow.OpenAsync(connection, transaction, ScaleGenerator.Tables, cancellationToken);

        long written = 0;
        var expected = (double)plan.ExpectedRows;
        var generator = new ScaleGenerator(plan, catalog, new DateTimeOffset(now.UtcDateTime, TimeSpan.Zero), Guid.NewGuid().ToString("N")[..8], hash,
            rows => progress.Report(Math.Min(LoadShare, (written += rows) / expected * LoadShare)));
        // COPY runs synchronously (see CopyWriter), so off the caller's thread.
        await Task.Run(() => generator.Write(connection, cancellationToken), cancellationToken);
        var loaded = clock.Elapsed;
        progress.Report(LoadShare);

        await window.CloseAsync(connection, transaction,
            step => progress.Report(LoadShare + (1 - LoadShare) * 0.95 * step / window.RecreateSteps), cancellationToken);
        // The rows whose triggers need the keys; a small share of the run, so the bar holds meanwhile.
        await Task.Run(() => generator.WriteAfterKeys(connection, _ => { }, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var table in ScaleGenerator.Tables)
            await ExecuteAsync(connection, null, $"ANALYZE {table}", cancellationToken);
        progress.Report(1);

        LastCounts = generator.Counts;
        _logger.LogInformation("Scale data: {Rows} rows in {Elapsed:F1} s (loading {Loaded:F1} s): {Counts}",
            generator.Counts.Values.Sum(), clock.Elapsed.TotalSeconds, loaded.TotalSeconds,
            string.Join(", ", generator.Counts.Select(c => $"{c.Key} {c.Value}")));
    }

    private static async Task RequireSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('payments') IS NOT NULL AND to_regclass('bookings') IS NOT NULL", connection);
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            throw new InvalidOperationException("The database is not migrated (no bookings or payments table): run the `migrate` verb first.");
    }

    /// <summary>Adds the catalogue rows no earlier run (or the demo) added, then reads back all active ones.</summary>
    private static async Task<ScaleCatalog> EnsureCatalogAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var category in LabTests.Select(t => t.Category).Distinct())
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO test_categories (name) VALUES ($1) ON CONFLICT (name) DO NOTHING")
                {
                    Parameters = { new NpgsqlParameter { Value = category } },
                });
            }

            foreach (var (category, name, price, sample, tube, ml, hours) in LabTests)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO lab_tests (category_id, name, description, price, sample_type, tube_type, sample_quantity_ml, report_time_hours, tat_hours)
                    SELECT id, $2, $2 || ' for dogs, cats and birds.', $3, $4, $5, $6, $7, $7 FROM test_categories WHERE name = $1
                    ON CONFLICT (category_id, name) DO NOTHING
                    """)
                {
                    Parameters =
                    {
                        new NpgsqlParameter { Value = category }, new NpgsqlParameter { Value = name }, new NpgsqlParameter { Value = price },
                        new NpgsqlParameter { Value = sample }, new NpgsqlParameter { Value = tube },
                        new NpgsqlParameter { Value = (object?)ml ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Numeric },
                        new NpgsqlParameter { Value = hours },
                    },
                });
            }

            foreach (var (name, description, price, weeks) in ScaleVocabulary.Programs)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    "INSERT INTO programs (name, description, price, duration_weeks) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING")
                {
                    Parameters =
                    {
                        new NpgsqlParameter { Value = name }, new NpgsqlParameter { Value = description },
                        new NpgsqlParameter { Value = price }, new NpgsqlParameter { Value = weeks },
                    },
                });
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        var tests = new List<(Guid, decimal)>();
        await using (var command = new NpgsqlCommand("SELECT id, coalesce(discounted_price, price) FROM lab_tests WHERE is_active ORDER BY id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                tests.Add((reader.GetGuid(0), reader.GetDecimal(1)));
        }

        var programs = new List<(Guid, decimal, int)>();
        await using (var command = new NpgsqlCommand(
                         "SELECT id, coalesce(price, 1000), coalesce(duration_weeks, 12) FROM programs WHERE is_active AND coalesce(price, 1000) >= 100 ORDER BY id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                programs.Add((reader.GetGuid(0), reader.GetDecimal(1), reader.GetInt32(2)));
        }

        return new ScaleCatalog(tests.ToArray(), programs.ToArray());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
