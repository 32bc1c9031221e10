using Graph.Testing.Processes;

namespace Graph.Server.Tests.Cli;

/// <summary>The built server as a child process on its own embedded cluster, started and stopped the ways an
/// operator (or a crash) does.</summary>
public sealed class ServerLifecycleTests
{
    private static readonly TimeSpan FirstStart = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(Signals.SIGTERM)]
    [InlineData(Signals.SIGINT)] // Ctrl+C
    public async Task A_first_start_is_ready_within_a_minute_and_a_signal_stops_its_postgres(int signal)
    {
        await using var directory = new ServerWorkingDirectory();
        await using var server = GraphServerProcess.Serve(directory.Path);

        await server.WaitUntilReadyAsync(FirstStart);
        Assert.Contains("Creating a PostgreSQL", server.Output);
        Assert.Contains("Applied migration 0001_baseline.sql", server.Output);
        Assert.NotEmpty(PostgresProcesses.RunningFor(directory.DataDirectory));

        server.Signal(signal);

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(PostgresProcesses.RunningFor(directory.DataDirectory));
        Assert.False(File.Exists(Path.Combine(directory.DataDirectory, "postmaster.pid")));
    }

    [Fact]
    public async Task After_a_sigkill_the_next_start_stops_the_orphaned_postgres_and_starts_cleanly()
    {
        await using var directory = new ServerWorkingDirectory();
        int orphan;
        await using (var killed = GraphServerProcess.Serve(directory.Path))
        {
            await killed.WaitUntilReadyAsync(FirstStart);
            orphan = PostgresProcesses.RunningFor(directory.DataDirectory).Min();
            killed.Signal(Signals.SIGKILL);
            await killed.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.True(PostgresProcesses.IsAlive(orphan), "postgres outlives a SIGKILLed server; the next start must deal with it");

        await using var next = GraphServerProcess.Serve(directory.Path);
        await next.WaitUntilReadyAsync(FirstStart);

        Assert.Contains($"Stopping PostgreSQL (PID {orphan}) left running", next.Output);
        Assert.False(PostgresProcesses.IsAlive(orphan));
        Assert.DoesNotContain("Creating a PostgreSQL", next.Output);

        next.Signal(Signals.SIGTERM);
        Assert.Equal(0, await next.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(PostgresProcesses.RunningFor(directory.DataDirectory));
    }
}
