namespace Graph.Testing.Snapshots;

/// <param name="Update">UPDATE_SNAPSHOTS=1: write what the test produced instead of comparing.</param>
/// <param name="InCi">CI set: a missing snapshot is a failure, since nobody would review a created one.</param>
public sealed record SnapshotSettings(bool Update, bool InCi)
{
    public static SnapshotSettings FromEnvironment() => new(
        Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true",
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
}
