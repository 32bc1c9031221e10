using Graph.Persistence.Embedded;
using Npgsql;

namespace Graph.Testing.Processes;

/// <summary>An empty temporary directory to run the server in, as in a fresh clone: the embedded cluster
/// lands in its .data/postgres. Disposing stops anything left running there and deletes it all.</summary>
public sealed class ServerWorkingDirectory : IAsyncDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-server-tests", Guid.NewGuid().ToString("N"));

    public ServerWorkingDirectory() => Directory.CreateDirectory(Path);

    public string ClusterRoot => System.IO.Path.Combine(Path, ".data", "postgres");

    /// <summary>PGDATA of the embedded cluster, as it appears on postgres's command line.</summary>
    public string DataDirectory => System.IO.Path.Combine(ClusterRoot, "cluster");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = ClusterRoot }).TryDeleteAbandonedAsync();
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
