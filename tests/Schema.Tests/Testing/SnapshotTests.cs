using Graph.Testing.Snapshots;
using Xunit.Sdk;

namespace Graph.Schema.Tests.Testing;

/// <summary>The snapshot helper the schema tests compare SDL and results with.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-snapshot-tests", Guid.NewGuid().ToString("N"));

    private string SnapPath => Path.Combine(_directory, "__snapshots__", "Some.Test.snap");

    [Fact]
    public void Matches_the_committed_snapshot_beside_this_file()
    {
        Snapshot.Match("type Query {\n  hello: String\n}");
    }

    [Fact]
    public void The_snapshot_lives_in_snapshots_beside_the_test_file_named_class_dot_test()
    {
        var path = Snapshot.PathFor("/repo/tests/X/FooTests.cs", "Bar");

        Assert.Equal("/repo/tests/X/__snapshots__/FooTests.Bar.snap", path);
        Assert.Equal("/repo/tests/X/__snapshots__/FooTests.Bar.second.snap", Snapshot.PathFor("/repo/tests/X/FooTests.cs", "Bar", "second"));
    }

    [Fact]
    public void A_missing_snapshot_is_created_outside_ci()
    {
        new SnapshotMatcher(new(Update: false, InCi: false)).Match("first\r\nrun", SnapPath);

        Assert.Equal("first\nrun\n", File.ReadAllText(SnapPath));
    }

    [Fact]
    public void A_missing_snapshot_fails_in_ci_unless_updating()
    {
        var error = Assert.Throws<XunitException>(() => new SnapshotMatcher(new(Update: false, InCi: true)).Match("x", SnapPath));

        Assert.Contains("does not exist", error.Message);
        Assert.Contains("UPDATE_SNAPSHOTS=1", error.Message);
        Assert.False(File.Exists(SnapPath));

        new SnapshotMatcher(new(Update: true, InCi: true)).Match("x", SnapPath);
        Assert.True(File.Exists(SnapPath));
    }

    [Fact]
    public void A_mismatch_fails_with_a_diff_and_says_how_to_update()
    {
        var matcher = new SnapshotMatcher(new(Update: false, InCi: false));
        matcher.Match("a\nb\nc\nd\ne\nf\ng", SnapPath);

        var error = Assert.Throws<XunitException>(() => matcher.Match("a\nb\nc\nD\ne\nf\ng", SnapPath));

        Assert.Contains("- d\n+ D", error.Message);
        Assert.Contains("  c\n", error.Message);
        Assert.Contains("UPDATE_SNAPSHOTS=1", error.Message);
        Assert.Equal("a\nb\nc\nD\ne\nf\ng\n", File.ReadAllText(Path.ChangeExtension(SnapPath, ".received.snap")));
        Assert.Equal("a\nb\nc\nd\ne\nf\ng\n", File.ReadAllText(SnapPath));
    }

    [Fact]
    public void Updating_rewrites_a_mismatched_snapshot()
    {
        new SnapshotMatcher(new(Update: false, InCi: false)).Match("old", SnapPath);

        new SnapshotMatcher(new(Update: true, InCi: true)).Match("new", SnapPath);

        Assert.Equal("new\n", File.ReadAllText(SnapPath));
    }

    [Fact]
    public void Line_endings_and_trailing_newlines_do_not_count_as_differences()
    {
        var matcher = new SnapshotMatcher(new(Update: false, InCi: true));
        Directory.CreateDirectory(Path.GetDirectoryName(SnapPath)!);
        File.WriteAllText(SnapPath, "one\r\ntwo\r\n\r\n");

        matcher.Match("one\ntwo", SnapPath);
    }

    [Fact]
    public void The_diff_shows_changes_with_two_lines_of_context()
    {
        var diff = LineDiff.Format("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\nten");

        Assert.Equal("  3\n  4\n- 5\n+ five\n  6\n  7\n  …\n  11\n  12\n+ ten", diff);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }
}
