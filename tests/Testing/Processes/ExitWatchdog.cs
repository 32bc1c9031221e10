using System.Diagnostics;

namespace Graph.Testing.Processes;

/// <summary>Runs a shell script once this process has ended, however it ends. The test host gets killed
/// moments after its last test, too soon for ProcessExit handlers to stop a cluster and delete it, so
/// the clean-up runs in a detached process (double fork: the test host's process tree does not hold it).</summary>
public static class ExitWatchdog
{
    public static void AfterThisProcess(string script)
    {
        var watch = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; {script}";
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"setsid /bin/sh -c {Quote(watch)} >/dev/null 2>&1 </dev/null &"])
        {
            UseShellExecute = false,
        };
        using var launcher = Process.Start(start)!;
        launcher.WaitForExit();
    }

    public static string Quote(string text) => "'" + text.Replace("'", "'\"'\"'") + "'";
}
