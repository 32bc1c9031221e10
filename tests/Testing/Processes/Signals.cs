using System.Runtime.InteropServices;

namespace Graph.Testing.Processes;

/// <summary>POSIX signals, which <see cref="System.Diagnostics.Process"/> cannot send (Kill is SIGKILL).</summary>
public static partial class Signals
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    public static void Send(int processId, int signal)
    {
        if (kill(processId, signal) != 0)
            throw new InvalidOperationException($"kill({processId}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
