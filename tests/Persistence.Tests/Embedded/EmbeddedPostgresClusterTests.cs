using Graph.Persistence.Embedded;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;
using Npgsql;

namespace Graph.Persistence.Tests.Embedded;

/// <summary>The tests share one cluster directory (initdb is the slow part); each leaves the cluster stopped.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EmbeddedPostgresClusterTests(ClusterDirectory directory) : IClassFixture<ClusterDirectory>
{
    private EmbeddedPostgresOptions Options => new() { DataDirectory = directory.Root, Durable = false };

    [Fact]
    public async Task Starts_a_password_protected_cluster_on_loopback_and_stops_it()
    {
        var cluster = new EmbeddedPostgresCluster(Options);
        await cluster.StartAsync();

        Assert.Equal("127.0.0.1", await Sql.ScalarAsync<string>(cluster.ConnectionString, "SHOW listen_addresses"));
        Assert.Equal("", await Sql.ScalarAsync<string>(cluster.ConnectionString, "SHOW unix_socket_directories"));
        Assert.Equal("graph", await Sql.ScalarAsync<string>(cluster.ConnectionString, "SELECT current_database()"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(cluster.ConnectionString, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cluster.PasswordFile));
        var wrongPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = "wrong", Pooling = false };
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ScalarAsync<int>(wrongPassword.ConnectionString, "SELECT 1"));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);

        NpgsqlConnection.ClearAllPools();
        await cluster.StopAsync();

        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(cluster.DataDirectory));
        Assert.False(File.Exists(Path.Combine(cluster.DataDirectory, "postmaster.pid")));
    }

    [Fact]
    public async Task Restarting_keeps_the_data_and_clears_a_stale_postmaster_pid()
    {
        var cluster = new EmbeddedPostgresCluster(Options);
        await cluster.StartAsync();
        await Sql.ExecuteAsync(cluster.ConnectionString, "CREATE TABLE IF NOT EXISTS kept (id int)");
        NpgsqlConnection.ClearAllPools();
        await cluster.StopAsync();

        // A dead PID, then a live one that is not postgres (a recycled PID): both are stale.
        foreach (var stalePid in new[] { 999_999_999, Environment.ProcessId })
        {
            await File.WriteAllTextAsync(Path.Combine(cluster.DataDirectory, "postmaster.pid"), $"{stalePid}\n{cluster.DataDirectory}\n0\n5432\n\n127.0.0.1\n0\nready\n");
            await cluster.StartAsync();
            Assert.Equal(0L, await Sql.ScalarAsync<long>(cluster.ConnectionString, "SELECT count(*) FROM kept"));
            NpgsqlConnection.ClearAllPools();
            await cluster.StopAsync();
        }
    }

    [Fact]
    public async Task A_postgres_left_running_by_a_dead_owner_is_stopped_before_a_clean_start()
    {
        var crashed = new EmbeddedPostgresCluster(Options);
        await crashed.StartAsync();
        var orphanPid = PostgresProcesses.RunningFor(crashed.DataDirectory).Min();
        crashed.AbandonForTests();
        NpgsqlConnection.ClearAllPools();

        var next = new EmbeddedPostgresCluster(Options);
        await next.StartAsync();

        Assert.False(await PostgresProcesses.IsAliveAfterStoppingAsync(orphanPid));
        Assert.Equal(1, await Sql.ScalarAsync<int>(next.ConnectionString, "SELECT 1"));
        NpgsqlConnection.ClearAllPools();
        await next.StopAsync();
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(next.DataDirectory));
    }

    [Fact]
    public async Task A_second_user_of_a_running_cluster_shares_it_and_leaves_it_running()
    {
        var owner = new EmbeddedPostgresCluster(Options);
        await owner.StartAsync();
        var guest = new EmbeddedPostgresCluster(Options);
        await guest.StartAsync();

        Assert.Equal(owner.Port, guest.Port);
        await guest.StopAsync();
        Assert.Equal(1, await Sql.ScalarAsync<int>(owner.ConnectionString, "SELECT 1"));

        NpgsqlConnection.ClearAllPools();
        await owner.StopAsync();
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(owner.DataDirectory));
    }

    [Fact]
    public void Without_binaries_the_error_says_to_install_postgresql()
    {
        var error = Assert.Throws<EmbeddedPostgresException>(() => PostgresBinaries.Locate(null, path: "", debianRoot: "/nonexistent"));

        Assert.Contains("PostgreSQL 15+", error.Message);
        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings:Graph", error.Message);
    }

    [Fact]
    public void Finds_the_machines_binaries()
    {
        var binaries = PostgresBinaries.Locate(null);

        Assert.True(binaries.MajorVersion >= PostgresBinaries.MinimumMajorVersion);
        Assert.True(File.Exists(binaries.InitDb));
        Assert.True(File.Exists(binaries.PgCtl));
    }
}

public sealed class ClusterDirectory : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "graph-embedded-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = Root }).TryDeleteAbandonedAsync();
    }
}
