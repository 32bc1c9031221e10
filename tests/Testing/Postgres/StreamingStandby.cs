using Graph.Persistence.Embedded;
using Graph.Testing.Processes;
using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>
/// A hot standby of an embedded cluster, made with the same binaries as PostgreSQL's own tooling makes one:
/// <c>pg_basebackup -R</c> over the primary's replication connection (initdb's pg_hba allows it from loopback;
/// <c>wal_level=replica</c> and <c>max_wal_senders</c> are PostgreSQL 15's defaults), streaming from the primary.
/// It lives in the primary's root directory and is stopped (also should the test host die) before that is deleted.
/// </summary>
public sealed class StreamingStandby : IAsyncDisposable
{
    private readonly EmbeddedPostgresCluster _primary;
    private readonly PostgresBinaries _binaries;
    private bool _running;

    private StreamingStandby(EmbeddedPostgresCluster primary, PostgresBinaries binaries, int port)
    {
        _primary = primary;
        _binaries = binaries;
        Port = port;
    }

    public string DataDirectory => Path.Combine(_primary.RootDirectory, "standby");

    public string LogFile => Path.Combine(_primary.RootDirectory, "standby.log");

    public int Port { get; }

    /// <summary>The standby's connection string for <paramref name="database"/> (the primary's credentials).</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_primary.ConnectionStringFor(database)) { Port = Port }.ConnectionString;

    /// <summary>Copies the running <paramref name="primary"/> and starts the copy as its streaming standby.</summary>
    public static async Task<StreamingStandby> StartAsync(EmbeddedPostgresCluster primary)
    {
        var binaries = PostgresBinaries.Locate(null);
        var standby = new StreamingStandby(primary, binaries, FreePort.Next());
        var source = new NpgsqlConnectionStringBuilder(primary.ConnectionStringFor("postgres"));
        var conninfo = $"host={source.Host} port={source.Port} user={source.Username} password={source.Password}";
        var backup = await PostgresUserProcess.RunAsync(
            Path.Combine(binaries.BinDirectory, "pg_basebackup"),
            ["-d", conninfo, "-D", standby.DataDirectory, "-R", "-X", "stream", "-c", "fast", "--no-sync"],
            primary.RootDirectory, TimeSpan.FromMinutes(2), CancellationToken.None);
        if (!backup.Succeeded)
            throw new InvalidOperationException($"pg_basebackup failed: {backup.Output}");

        var stop = $"{ExitWatchdog.Quote(binaries.PgCtl)} stop -D {ExitWatchdog.Quote(standby.DataDirectory)} -m immediate -w";
        ExitWatchdog.AfterThisProcess(PostgresUserProcess.RunsAsOtherUser ? "runuser -u postgres -- " + stop : stop);
        await standby.StartAsync();
        return standby;
    }

    /// <summary>Starts the standby (again); returns once it accepts read-only connections.</summary>
    public async Task StartAsync()
    {
        var start = await PostgresUserProcess.RunAsync(
            _binaries.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {Port} -c fsync=off -c hot_standby=on"],
            _primary.RootDirectory, TimeSpan.FromSeconds(70), CancellationToken.None);
        if (!start.Succeeded)
            throw new InvalidOperationException($"The standby did not start: {start.Output}\n{TailOfLog()}");
        _running = true;
    }

    /// <summary>Stops the standby as an administrator would (<c>pg_ctl stop -m fast</c>).</summary>
    public async Task StopAsync()
    {
        if (!_running)
            return;
        var stop = await PostgresUserProcess.RunAsync(
            _binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"],
            _primary.RootDirectory, TimeSpan.FromSeconds(40), CancellationToken.None);
        if (!stop.Succeeded)
            throw new InvalidOperationException($"The standby did not stop: {stop.Output}");
        _running = false;
    }

    /// <summary>Whether <paramref name="sql"/> (one boolean) holds on the standby; false while it accepts no
    /// connections. What to wait on for the standby to have replayed a given commit: with the test clusters'
    /// <c>synchronous_commit=off</c> the primary's WAL positions can run ahead of what it has sent.</summary>
    public async Task<bool> ShowsAsync(string database, string sql)
    {
        try
        {
            return await ScalarAsync<bool>(database, sql);
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>One value from the standby, on a connection of its own.</summary>
    public async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionStringFor(database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a statement on the standby (e.g. <c>SELECT pg_wal_replay_pause()</c>).</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionStringFor(database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string TailOfLog()
    {
        try
        {
            return string.Join('\n', File.ReadLines(LogFile).TakeLast(20));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
    }
}
