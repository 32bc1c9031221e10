namespace Graph.Persistence.Embedded;

/// <summary>The lock file PostgreSQL keeps in its data directory while it runs
/// (line 1: PID, line 2: data directory, line 4: port, line 8: status).</summary>
internal sealed record PostmasterPidFile(int ProcessId, string DataDirectory, int? Port, string? Status)
{
    public const string FileName = "postmaster.pid";

    public bool IsReady => Status == "ready";

    public static PostmasterPidFile? Read(string dataDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(dataDirectory, FileName));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (lines.Length < 2 || !int.TryParse(lines[0].Trim(), out var pid))
            return new PostmasterPidFile(0, "", null, null);
        int? port = lines.Length > 3 && int.TryParse(lines[3].Trim(), out var p) ? p : null;
        var status = lines.Length > 7 ? lines[7].Trim() : null;
        return new PostmasterPidFile(pid, lines[1].Trim(), port, status);
    }

    /// <summary>True when the PID is a live postgres process started for <paramref name="dataDirectory"/>,
    /// and not an unrelated process that inherited a recycled PID.</summary>
    public bool IsLivePostmasterOf(string dataDirectory)
    {
        if (ProcessId <= 0)
            return false;
        try
        {
            // The postmaster keeps its argv; split on spaces too in case a title rewrite joined them.
            var commandLine = File.ReadAllText($"/proc/{ProcessId}/cmdline").Split(['\0', ' '], StringSplitOptions.RemoveEmptyEntries);
            return commandLine.Length > 0
                && Path.GetFileName(commandLine[0]) == "postgres"
                && commandLine.Contains(Path.GetFullPath(dataDirectory).TrimEnd('/'));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    public static void Delete(string dataDirectory) => File.Delete(Path.Combine(dataDirectory, FileName));
}
