using Graph.Testing.Processes;

namespace Graph.Server.Tests.Cli;

/// <summary>A server killed outright leaves its postgres running; the next start must clean up after it.</summary>
public sealed class ServerCrashRecoveryTests
{
    private static readonly TimeSpan FirstStart = ServerShutdownTests.FirstStart;

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
        Assert.False(await PostgresProcesses.IsAliveAfterStoppingAsync(orphan));
        Assert.DoesNotContain("Creating a PostgreSQL", next.Output);

        next.Signal(Signals.SIGTERM);
        Assert.Equal(0, await next.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(directory.DataDirectory));
    }
}
