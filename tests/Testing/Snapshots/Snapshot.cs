using System.Runtime.CompilerServices;

namespace Graph.Testing.Snapshots;

/// <summary>Compares text with <c>__snapshots__/&lt;Class&gt;.&lt;Test&gt;.snap</c> beside the calling test file.
/// The class name is the test file's name (one test class per file). <c>UPDATE_SNAPSHOTS=1</c> rewrites
/// snapshots; a missing one is created on a first run except in CI (env <c>CI</c> set), where it fails.</summary>
public static class Snapshot
{
    /// <param name="name">Tells several snapshots of one test apart: <c>&lt;Class&gt;.&lt;Test&gt;.&lt;name&gt;.snap</c>.</param>
    public static void Match(
        string text, string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        new SnapshotMatcher(SnapshotSettings.FromEnvironment()).Match(text, PathFor(callerFile, callerMember, name));

    public static string PathFor(string callerFile, string callerMember, string? name = null)
    {
        var fileName = $"{Path.GetFileNameWithoutExtension(callerFile)}.{callerMember}{(name is null ? "" : "." + name)}.snap";
        return Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__", fileName);
    }
}
