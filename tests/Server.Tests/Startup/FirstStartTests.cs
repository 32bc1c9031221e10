using Graph.Persistence.Embedded;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Startup;

/// <summary>
/// The first start on the embedded database, as `dotnet run --project src/Server` does it: the log reads well (where
/// the endpoint and the IDE are, the demo accounts, where the local state is; no stack trace from a background loop
/// racing the first migration), and it works from a directory the postgres OS user cannot enter.
/// </summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task The_first_start_says_where_to_go_and_how_to_sign_in_and_shows_no_stack_trace()
    {
        await using var directory = new ServerWorkingDirectory();
        await using var server = GraphServerProcess.Serve(directory.Path);
        await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        var output = await BannerAsync(server);

        Assert.Contains($"Graph is ready: GraphQL at {server.Url}/graphql", output);
        Assert.Contains($"Banana Cake Pop: open {server.Url}/graphql in a browser", output);
        Assert.Contains("Demo accounts: <role>@demo.graph, password demo-password", output);
        Assert.Contains("admin@demo.graph", output);
        var data = Path.Combine(directory.Path, ".data");
        Assert.Contains($"Local data: PostgreSQL cluster in {Path.Combine(data, "postgres")}", output);
        Assert.Contains($"Signing key: {Path.Combine(data, "identity-signing-key")}", output);
        Assert.True(File.Exists(Path.Combine(data, "identity-signing-key")), "the signing key is not under .data/:\n" + output);
        Assert.True(File.Exists(Path.Combine(data, "postgres", "cluster", "PG_VERSION")), "the cluster is not under .data/:\n" + output);

        // Nothing alarming on a first start: no warnings, no failures, no exceptions.
        Assert.DoesNotContain("warn:", output);
        Assert.DoesNotContain("fail:", output);
        Assert.DoesNotContain("Exception", output);
        Assert.DoesNotContain("does not exist", output);
    }

    /// <summary>A clone under /root or in a 0700 temporary directory: as root, the postgres OS user cannot enter it, so
    /// the cluster goes to its fallback and the log says where; as another user PostgreSQL runs as that user and the
    /// cluster stays in .data/.</summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_first_run_from_a_0700_directory_answers_ready()
    {
        var closed = Directory.CreateTempSubdirectory("graph-0700-");
        File.SetUnixFileMode(closed.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var clone = Directory.CreateDirectory(Path.Combine(closed.FullName, "clone")).FullName;
        var configured = Path.Combine(clone, ".data", "postgres");
        try
        {
            await using (var server = GraphServerProcess.Serve(clone))
            {
                await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
                var output = await BannerAsync(server);

                var expected = Environment.IsPrivilegedProcess ? EmbeddedPostgresCluster.FallbackFor(configured) : configured;
                Assert.Contains($"Local data: PostgreSQL cluster in {expected}", output);
                Assert.True(File.Exists(Path.Combine(expected, "cluster", "PG_VERSION")), output);
                if (Environment.IsPrivilegedProcess)
                    Assert.Contains($"cannot enter {configured}", output);
            }
        }
        finally
        {
            await new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = configured }).TryDeleteAbandonedAsync();
            closed.Delete(recursive: true);
        }
    }

    /// <summary>The banner is logged once the server listens; waits for it (the process writes it asynchronously).</summary>
    private static async Task<string> BannerAsync(GraphServerProcess server)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!server.Output.Contains("Uploads: ", StringComparison.Ordinal))
        {
            Assert.False(deadline.IsCancellationRequested, "the server logged no banner:\n" + server.Output);
            await Task.Delay(50);
        }

        return server.Output;
    }
}
