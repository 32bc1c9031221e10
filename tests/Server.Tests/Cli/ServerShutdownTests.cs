using Graph.Testing.Processes;

namespace Graph.Server.Tests.Cli;

/// <summary>The built server as a child process on its own embedded cluster, started as in a fresh clone and
/// stopped the ways an operator does.</summary>
public sealed class ServerShutdownTests
{
    internal static readonly TimeSpan FirstStart = TimeSpan.FromSeconds(60);

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
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(directory.DataDirectory));
        Assert.False(File.Exists(Path.Combine(directory.DataDirectory, "postmaster.pid")));
    }
}
