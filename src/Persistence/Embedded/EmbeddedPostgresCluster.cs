using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Graph.Persistence.Embedded;

/// <summary>A private PostgreSQL cluster made from the machine's binaries under one directory:
/// <c>cluster/</c> (PGDATA), <c>password</c> (0600, the superuser's generated password),
/// <c>postgres.log</c> and <c>owner.lock</c>. A root process runs PostgreSQL as the <c>postgres</c> OS user; when that
/// user cannot enter the configured directory (a clone under <c>/root</c>, a 0700 temporary directory), the cluster
/// lives under <see cref="FallbackParent"/> instead, in a directory named after the configured one, and the log says
/// where.</summary>
public sealed partial class EmbeddedPostgresCluster : IAsyncDisposable
{
    private const string Superuser = "postgres";

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private ClusterOwnerLock? _ownerLock;
    private bool _startedByUs;

    public EmbeddedPostgresCluster(EmbeddedPostgresOptions options, ILogger? logger = null)
    {
        if (!DatabaseName().IsMatch(options.Database))
            throw new EmbeddedPostgresException($"Database:Embedded:Database '{options.Database}' must be a lower-case SQL identifier.");
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        ConfiguredDirectory = Path.GetFullPath(options.DataDirectory, Directory.GetCurrentDirectory());
        RootDirectory = ConfiguredDirectory;
    }

    /// <summary>Where a root process keeps clusters whose configured directory the postgres OS user cannot enter.</summary>
    public const string FallbackParent = "/var/lib/graph/embedded";

    /// <summary><c>Database:Embedded:DataDirectory</c>, resolved against the current directory.</summary>
    public string ConfiguredDirectory { get; }

    /// <summary>Where the cluster is: <see cref="ConfiguredDirectory"/>, or its fallback once
    /// <see cref="StartAsync"/> found the postgres OS user cannot enter it.</summary>
    public string RootDirectory { get; private set; }

    /// <summary>The fallback of a configured directory: the same one on every start, one per configured directory.</summary>
    public static string FallbackFor(string configuredDirectory) =>
        Path.Combine(FallbackParent, Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(configuredDirectory)))[..16]);

    public string DataDirectory => Path.Combine(RootDirectory, "cluster");

    public string PasswordFile => Path.Combine(RootDirectory, "password");

    public string LogFile => Path.Combine(RootDirectory, "postgres.log");

    public int? Port { get; private set; }

    /// <summary>The application's database; valid once <see cref="StartAsync"/> returned.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    public string ConnectionStringFor(string database)
    {
        if (Port is not { } port)
            throw new InvalidOperationException("The embedded PostgreSQL cluster has not been started.");
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = Superuser,
            Password = File.ReadAllText(PasswordFile).Trim(),
            Database = database,
        }.ConnectionString;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await ChooseRootAsync(cancellationToken);
        Directory.CreateDirectory(RootDirectory);
        _ownerLock = ClusterOwnerLock.TryAcquire(RootDirectory);
        if (_ownerLock is null)
        {
            await AttachToRunningOwnerAsync(cancellationToken);
            return;
        }

        try
        {
            var binaries = PostgresBinaries.Locate(_options.BinDirectory);
            if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
                await InitializeAsync(binaries, cancellationToken);
            else if (!File.Exists(PasswordFile))
                throw new EmbeddedPostgresException($"The cluster in {DataDirectory} has lost its password file {PasswordFile}; delete {RootDirectory} to start afresh.");

            await PostgresUserProcess.HandOverAsync(RootDirectory, cancellationToken);
            await ClearLeftoverPostmasterAsync(binaries, cancellationToken);
            Port = await StartPostmasterAsync(binaries, cancellationToken);
            _startedByUs = true;
            await EnsureDatabaseAsync(cancellationToken);
        }
        catch
        {
            await StopAsync(CancellationToken.None);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (_startedByUs)
            {
                _startedByUs = false;
                await StopPostmasterAsync(PostgresBinaries.Locate(_options.BinDirectory), cancellationToken);
                _logger.LogInformation("Stopped PostgreSQL in {DataDirectory}", DataDirectory);
            }
        }
        finally
        {
            _ownerLock?.Dispose();
            _ownerLock = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Lets go of the cluster the way a SIGKILLed process would: postgres keeps running, the lock is freed.</summary>
    internal void AbandonForTests()
    {
        _startedByUs = false;
        _ownerLock?.Dispose();
        _ownerLock = null;
    }

    /// <summary>Deletes the whole directory (stopping a postgres left running in it) unless a live process
    /// owns it; returns false then. For throwaway clusters such as the tests'.</summary>
    public async Task<bool> TryDeleteAbandonedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var root in new[] { ConfiguredDirectory, FallbackFor(ConfiguredDirectory) })
        {
            if (!Directory.Exists(root))
                continue;
            RootDirectory = root;
            using var ownerLock = ClusterOwnerLock.TryAcquire(RootDirectory);
            if (ownerLock is null)
                return false;
            if (PostmasterPidFile.Read(DataDirectory) is { } pidFile && pidFile.IsLivePostmasterOf(DataDirectory))
                await StopPostmasterAsync(PostgresBinaries.Locate(_options.BinDirectory), cancellationToken);
            Directory.Delete(RootDirectory, recursive: true);
        }

        RootDirectory = ConfiguredDirectory;
        return true;
    }

    /// <summary>As root, moves the cluster to its fallback when the postgres OS user cannot enter the configured
    /// directory (or, before it exists, its nearest existing parent).</summary>
    private async Task ChooseRootAsync(CancellationToken cancellationToken)
    {
        RootDirectory = ConfiguredDirectory;
        if (!PostgresUserProcess.RunsAsOtherUser || OperatingSystem.IsWindows())
            return;
        var existing = ConfiguredDirectory;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            existing = parent;
        if (await PostgresUserProcess.CanEnterAsync(existing, cancellationToken))
            return;

        var fallback = FallbackFor(ConfiguredDirectory);
        foreach (var directory in new[] { Path.GetDirectoryName(FallbackParent)!, FallbackParent })
        {
            Directory.CreateDirectory(directory);
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101); // 0755: the postgres user passes through
        }

        Directory.CreateDirectory(fallback);
        File.WriteAllText(Path.Combine(fallback, "configured-directory"), ConfiguredDirectory + Environment.NewLine);
        _logger.LogInformation(
            "The '{User}' OS user that runs PostgreSQL cannot enter {ConfiguredDirectory} (a parent directory is closed to other users, "
            + "as /root or a 0700 directory is), so the embedded cluster lives in {Fallback}",
            PostgresUserProcess.OsUser, ConfiguredDirectory, fallback);
        RootDirectory = fallback;
    }

    private async Task InitializeAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Creating a PostgreSQL {Version} cluster in {DataDirectory}", binaries.MajorVersion, DataDirectory);
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true); // a half-made cluster from an interrupted initdb

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(PasswordFile, password + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await PostgresUserProcess.HandOverAsync(RootDirectory, cancellationToken);

        var result = await PostgresUserProcess.RunAsync(
            binaries.InitDb,
            ["-D", DataDirectory, "-U", Superuser, "--pwfile", PasswordFile, "--auth", "scram-sha-256",
             "--encoding", "UTF8", "--locale", "C", "--no-sync", "--no-instructions"],
            RootDirectory, _options.Timeout, cancellationToken);
        if (!result.Succeeded)
        {
            if (Directory.Exists(DataDirectory))
                Directory.Delete(DataDirectory, recursive: true);
            throw new EmbeddedPostgresException($"initdb failed for {DataDirectory}:\n{result.Output}");
        }

        // TCP on loopback only, and no Unix socket so /var/run/postgresql permissions never matter.
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"),
            "\n# Graph embedded cluster\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n");
    }

    /// <summary>A Graph process killed with SIGKILL leaves its postgres running and the owner lock free;
    /// stop that postgres. A postmaster.pid whose PID is dead or recycled is stale; remove it.</summary>
    private async Task ClearLeftoverPostmasterAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var pidFile = PostmasterPidFile.Read(DataDirectory);
        if (pidFile is null)
            return;
        if (!pidFile.IsLivePostmasterOf(DataDirectory))
        {
            _logger.LogWarning("Removing a stale postmaster.pid (PID {Pid} is not running) from {DataDirectory}", pidFile.ProcessId, DataDirectory);
            PostmasterPidFile.Delete(DataDirectory);
            return;
        }

        _logger.LogWarning("Stopping PostgreSQL (PID {Pid}) left running in {DataDirectory} by a process that did not shut down", pidFile.ProcessId, DataDirectory);
        await StopPostmasterAsync(binaries, cancellationToken);
    }

    private async Task StopPostmasterAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        foreach (var mode in new[] { "fast", "immediate" })
        {
            var result = await PostgresUserProcess.RunAsync(
                binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", mode, "-w", "-t", "30"], RootDirectory, TimeSpan.FromSeconds(40), cancellationToken);
            if (result.Succeeded || PostmasterPidFile.Read(DataDirectory) is null)
                return;
            _logger.LogWarning("pg_ctl stop -m {Mode} failed: {Output}", mode, result.Output);
        }

        throw new EmbeddedPostgresException($"Could not stop PostgreSQL in {DataDirectory}; see {LogFile}.");
    }

    private async Task<int> StartPostmasterAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var settings = _options.Durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        for (var attempt = 1; ; attempt++)
        {
            // Started again after a stop, the cluster keeps its address (when still free), so clients holding its
            // connection string (a running server's pool) reconnect by themselves.
            var port = attempt == 1 && Port is { } previous ? previous : FreePort.Next();
            var result = await PostgresUserProcess.RunAsync(
                binaries.PgCtl,
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)_options.Timeout.TotalSeconds).ToString(), "-o", $"-p {port}{settings}"],
                RootDirectory, _options.Timeout + TimeSpan.FromSeconds(10), cancellationToken);
            if (result.Succeeded)
            {
                _logger.LogInformation("Started PostgreSQL {Version} on 127.0.0.1:{Port} from {DataDirectory}", binaries.MajorVersion, port, DataDirectory);
                return port;
            }

            var log = TailOfLog();
            // Another process may take the port between our probe and postgres binding it.
            if (attempt < 3 && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                continue;
            throw new EmbeddedPostgresException($"PostgreSQL did not start from {DataDirectory}:\n{result.Output}\n{log}");
        }
    }

    private async Task AttachToRunningOwnerAsync(CancellationToken cancellationToken)
    {
        // Another live Graph process owns the cluster (say, the server while `migrate` runs): share it, never stop it.
        var deadline = DateTime.UtcNow + _options.Timeout;
        while (true)
        {
            var pidFile = PostmasterPidFile.Read(DataDirectory);
            if (pidFile is { IsReady: true, Port: { } port } && pidFile.IsLivePostmasterOf(DataDirectory) && File.Exists(PasswordFile))
            {
                Port = port;
                _logger.LogInformation("Using PostgreSQL on 127.0.0.1:{Port}, started by another Graph process in {DataDirectory}", port, DataDirectory);
                return;
            }

            if (DateTime.UtcNow > deadline)
                throw new EmbeddedPostgresException($"Another process holds {Path.Combine(RootDirectory, ClusterOwnerLock.FileName)} but PostgreSQL in {DataDirectory} did not become ready.");
            await Task.Delay(200, cancellationToken);
        }
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = _options.Database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_options.Database}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private string TailOfLog()
    {
        try
        {
            return string.Join('\n', File.ReadLines(LogFile).TakeLast(15));
        }
        catch (IOException)
        {
            return "";
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DatabaseName();
}
