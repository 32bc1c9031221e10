using Graph.Persistence.Embedded;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// A partner's page on another origin, in headless Chromium, registers and runs a query with its token against the
/// server (whose <c>Cors:AllowedOrigins</c> names that origin); the same page on an origin not named is blocked.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class BrowserCorsTests(ConformanceServer server)
{
    [Fact]
    public async Task A_page_on_an_allowed_origin_runs_a_query_and_another_origin_is_blocked()
    {
        BananaCakePopBrowserTests.RequireChromium();

        var (exitCode, output) = await ConformanceServer.RunNodeAsync(
            "cors.mjs", server.Endpoint, server.AllowedPagePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(exitCode == 0, output);
        Assert.Contains("the allowed origin ran its query", output);
        Assert.Contains("was blocked by the browser", output);
    }
}
