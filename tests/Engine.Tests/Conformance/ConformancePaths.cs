namespace Graph.Engine.Tests.Conformance;

/// <summary>Where the conformance files are: found by walking up from the test assembly to Graph.sln.</summary>
internal static class ConformancePaths
{
    private static readonly Lazy<string> RepositoryRootValue = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootValue.Value;

    public static string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "Conformance");

    public static string File(string name) => Path.Combine(ConformanceDirectory, name);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");
    }
}
