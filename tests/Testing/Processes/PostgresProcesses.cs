namespace Graph.Testing.Processes;

/// <summary>Finds postgres processes by the data directory on their command line.</summary>
public static class PostgresProcesses
{
    public static IReadOnlyList<int> RunningFor(string dataDirectory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
                continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0');
                if (arguments.Length > 0 && Path.GetFileName(arguments[0]) == "postgres" && arguments.Contains(dataDirectory))
                    found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    /// <summary>pg_ctl stop returns once postmaster.pid is gone, a moment before the process itself ends.</summary>
    public static async Task<IReadOnlyList<int>> AfterStoppingAsync(string dataDirectory)
    {
        for (var attempt = 0; attempt < 50 && RunningFor(dataDirectory).Count > 0; attempt++)
            await Task.Delay(100);
        return RunningFor(dataDirectory);
    }

    public static async Task<bool> IsAliveAfterStoppingAsync(int processId)
    {
        for (var attempt = 0; attempt < 50 && IsAlive(processId); attempt++)
            await Task.Delay(100);
        return IsAlive(processId);
    }

    public static bool IsAlive(int processId) =>
        File.Exists($"/proc/{processId}/cmdline") && File.ReadAllText($"/proc/{processId}/cmdline").Length > 0;
}
