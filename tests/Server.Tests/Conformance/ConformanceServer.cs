using System.Diagnostics;
using System.Text;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Graph.Persistence.Embedded;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// The built server as a child process, as an operator runs it (Production, introspection turned on by its
/// setting, as the audits need), on a migrated database of the test PostgreSQL; shared by the conformance tests.
/// </summary>
public sealed class ConformanceServer : IAsyncLifetime
{
    private TestPostgres _postgres = null!;
    private string _database = "";
    private ServerWorkingDirectory _directory = null!;
    private GraphServerProcess _server = null!;

    public string Endpoint => _server.Url + "/graphql";

    /// <summary>The port of a partner page's origin (<c>http://localhost:port</c>) that <c>Cors:AllowedOrigins</c> names.</summary>
    public int AllowedPagePort { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        _postgres = await TestPostgres.GetAsync();
        _database = await _postgres.CreateMigratedDatabaseAsync();
        _directory = new ServerWorkingDirectory();
        _server = GraphServerProcess.Serve(_directory.Path, new Dictionary<string, string?>
        {
            ["ConnectionStrings__Graph"] = _postgres.ConnectionStringFor(_database),
            ["GraphQL__Introspection"] = "true",
            // A Production server on a configured database signs tokens only with a configured key.
            ["Identity__SigningKey"] = Auth.AuthTestHost.SigningKey,
            // The oracle clients send far more than one address may in production.
            ["RateLimits__Enabled"] = "false",
            ["Cors__AllowedOrigins__0"] = $"http://localhost:{AllowedPagePort}",
        });
        await _server.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _directory.DisposeAsync();
        await _postgres.DropDatabaseAsync(_database);
    }

    /// <summary>Runs <c>node tests/Conformance/Http/&lt;script&gt; args…</c>; returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunNodeAsync(string script, params string[] arguments) =>
        RunNodeInAsync(RepositoryRoot.Combine("tests", "Conformance", "Http"), script, arguments);

    /// <summary>Runs <c>node &lt;script&gt; args…</c> in <paramref name="directory"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunNodeInAsync(string directory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within 3 minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
            return (process.ExitCode, output.ToString());

        void Append(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceServer>
{
    public const string Name = "Conformance";
}
