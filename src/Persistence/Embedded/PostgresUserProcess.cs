using System.Diagnostics;
using System.Text;

namespace Graph.Persistence.Embedded;

/// <summary>Runs PostgreSQL's tools. PostgreSQL refuses to run as root, so a root process runs them as
/// the <c>postgres</c> OS user and hands that user the cluster's files.</summary>
internal static class PostgresUserProcess
{
    public const string OsUser = "postgres";

    public static bool RunsAsOtherUser => Environment.IsPrivilegedProcess;

    public sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    public static async Task<Result> RunAsync(
        string executable, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = RunsAsOtherUser
            ? new ProcessStartInfo("runuser", ["-u", OsUser, "--", executable, .. arguments])
            : new ProcessStartInfo(executable, arguments);
        return await RunProcessAsync(start, workingDirectory, timeout, cancellationToken);
    }

    /// <summary>Whether the postgres OS user can reach and enter <paramref name="directory"/> (every parent searchable).</summary>
    public static async Task<bool> CanEnterAsync(string directory, CancellationToken cancellationToken) =>
        (await RunAsync("test", ["-x", directory], "/", TimeSpan.FromSeconds(10), cancellationToken)).Succeeded;

    /// <summary>Gives the postgres OS user the directory when we run as root; a no-op otherwise.</summary>
    public static async Task HandOverAsync(string directory, CancellationToken cancellationToken)
    {
        if (!RunsAsOtherUser)
            return;
        var chown = await RunProcessAsync(
            new ProcessStartInfo("chown", ["-R", $"{OsUser}:{OsUser}", directory]), directory, TimeSpan.FromSeconds(30), cancellationToken);
        if (!chown.Succeeded)
            throw new EmbeddedPostgresException($"Could not hand {directory} to the '{OsUser}' OS user: {chown.Output}");

        var probe = await RunAsync("test", ["-w", directory], "/", TimeSpan.FromSeconds(10), cancellationToken);
        if (!probe.Succeeded)
        {
            throw new EmbeddedPostgresException(
                $"The '{OsUser}' OS user cannot reach {directory}: every parent directory must be searchable by it " +
                "(chmod o+x). Set Database:Embedded:DataDirectory to a directory it can reach, or set ConnectionStrings:Graph.");
        }
    }

    private static async Task<Result> RunProcessAsync(
        ProcessStartInfo start, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = workingDirectory;

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EmbeddedPostgresException($"Could not run {start.FileName}: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new EmbeddedPostgresException($"{Path.GetFileName(start.FileName)} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        lock (output)
            return new Result(process.ExitCode, output.ToString().Trim());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }
}
