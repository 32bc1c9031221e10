using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// Banana Cake Pop in headless Chromium (Debian's chromium, driven by playwright-core): it loads, fetches the schema,
/// runs a query typed into it and shows the data. The screenshot lands in tests/Server.Tests/screenshots/.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class BananaCakePopBrowserTests(ConformanceServer server)
{
    private static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public async Task Banana_Cake_Pop_runs_a_query_in_a_real_browser()
    {
        RequireChromium();
        var screenshot = ScreenshotPath("banana-cake-pop.png");

        var (exitCode, output) = await ConformanceServer.RunNodeAsync("bcp.mjs", server.Endpoint, screenshot);

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(screenshot), "no screenshot was saved:\n" + output);
    }

    internal static void RequireChromium() =>
        Assert.True(
            File.Exists(Chromium),
            $"Chromium is not installed at {Chromium}, so Banana Cake Pop cannot be checked in a browser. "
            + "Install it (Debian: apt-get update && apt-get install -y chromium; .ci/run does this) or point CHROMIUM at one.");

    /// <summary>A fresh path under tests/Server.Tests/screenshots/ (git-ignored).</summary>
    internal static string ScreenshotPath(string fileName)
    {
        var screenshot = RepositoryRoot.Combine("tests", "Server.Tests", "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        return screenshot;
    }
}
