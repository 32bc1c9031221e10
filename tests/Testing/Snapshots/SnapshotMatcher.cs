using Xunit.Sdk;

namespace Graph.Testing.Snapshots;

public sealed class SnapshotMatcher(SnapshotSettings settings)
{
    private const string HowToUpdate = "If the new output is right, run the tests with UPDATE_SNAPSHOTS=1 (e.g. `UPDATE_SNAPSHOTS=1 dotnet test Graph.sln`) and commit the snapshot.";

    public void Match(string text, string snapshotPath)
    {
        var actual = Normalize(text);
        if (!File.Exists(snapshotPath))
        {
            if (settings.InCi && !settings.Update)
                throw new XunitException($"Snapshot {snapshotPath} does not exist, and CI does not create snapshots. Run the test locally (or with UPDATE_SNAPSHOTS=1) and commit the new file.");
            Write(snapshotPath, actual);
            return;
        }

        var expected = Normalize(File.ReadAllText(snapshotPath));
        if (expected == actual)
            return;
        if (settings.Update)
        {
            Write(snapshotPath, actual);
            return;
        }

        // The received text beside the snapshot (git-ignored) is for diff tools.
        File.WriteAllText(Path.ChangeExtension(snapshotPath, ".received.snap"), actual);
        throw new XunitException($"Snapshot {Path.GetFileName(snapshotPath)} does not match (- snapshot, + actual):\n{LineDiff.Format(expected, actual)}\n{HowToUpdate}");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
