using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// A subscription run from Banana Cake Pop in headless Chromium over the WebSocket endpoint its config names
/// (graphql-transport-ws). The platform schema has no subscription field yet, so this runs against the test
/// module's <c>ticks</c> on an in-process server with the realtime transports.
/// </summary>
public sealed class BananaCakePopSubscriptionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Banana_Cake_Pop_shows_the_events_of_a_subscription()
    {
        BananaCakePopBrowserTests.RequireChromium();
        await using var server = await GraphQLTestServer.StartAsync("Development", connectionString: database.ConnectionString);
        var screenshot = BananaCakePopBrowserTests.ScreenshotPath("banana-cake-pop-subscription.png");

        var (exitCode, output) = await ConformanceServer.RunNodeAsync("bcp.mjs", server.Client.BaseAddress + "graphql", screenshot, "--subscription");

        Assert.True(exitCode == 0, output);
    }
}
