using System.Diagnostics;
using System.Net;
using System.Text;
using Graph.Persistence.Embedded;

namespace Graph.Testing.Processes;

/// <summary>The built server run as a child process: <c>dotnet Graph.Server.dll …</c>, output captured.</summary>
public sealed class GraphServerProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private GraphServerProcess(Process process, string? url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The server built beside the test assembly (test projects reference src/Server).</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "Graph.Server.dll");

    public string? Url { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Serves on a free loopback port from <paramref name="workingDirectory"/>, where the embedded
    /// cluster goes under .data/postgres unless <paramref name="environment"/> sets a connection string.</summary>
    public static GraphServerProcess Serve(string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        return Start(workingDirectory, ["--urls", url], environment, url);
    }

    /// <summary>Runs a verb to completion; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        await using var process = Start(workingDirectory, arguments, environment, url: null);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(90));
        return (exitCode, process.Output);
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var response = await Http.GetAsync(Url + "/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer (a loaded machine, a cold start): ask again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The server was not ready within {timeout}:\n{Output}");
    }

    public void Signal(int signal) => Signals.Send(_process.Id, signal);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server did not exit within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal(Signals.SIGTERM);
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static GraphServerProcess Start(
        string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, string? url)
    {
        // `env --default-signal` undoes a SIGINT ignored by whoever started the tests (background jobs
        // inherit SIG_IGN), so the server sees SIGINT like a Ctrl+C in a terminal.
        var start = new ProcessStartInfo("env", ["--default-signal=INT,TERM", "dotnet", ServerDll, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // An outer ConnectionStrings__Graph must not leak into a test that wants the embedded cluster.
        start.Environment.Remove("ConnectionStrings__Graph");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // fsync off: several clusters start at once on a small test machine; durability is not under test.
        start.Environment["Database__Embedded__Durable"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var server = new GraphServerProcess(process, url);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
