namespace Graph.Persistence.Embedded;

/// <summary>An exclusive lock on a file beside the cluster, held for as long as this process owns the cluster.
/// The kernel drops it when the process dies, even by SIGKILL, which is how a later start tells an
/// orphaned postgres (owner gone) from one another live Graph process is using.</summary>
internal sealed class ClusterOwnerLock : IDisposable
{
    public const string FileName = "owner.lock";

    private readonly FileStream _stream;

    private ClusterOwnerLock(FileStream stream) => _stream = stream;

    public static ClusterOwnerLock? TryAcquire(string rootDirectory)
    {
        try
        {
            // FileShare.None is an exclusive flock on Unix.
            var stream = new FileStream(Path.Combine(rootDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new ClusterOwnerLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
