using System.Net;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Ide;

/// <summary>Banana Cake Pop served from the npm package the build installs (the browser run is in Conformance).</summary>
public sealed class BananaCakePopTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task A_browser_opening_graphql_is_redirected_to_the_IDE_folder()
    {
        using var response = await Server.GetAsync("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_IDE_page_is_the_packaged_Banana_Cake_Pop()
    {
        using var response = await Server.GetAsync("/graphql/", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.Contains("src=\"static/js/main.", html);
    }

    [Fact]
    public async Task The_IDE_assets_are_served_with_long_caching()
    {
        using var page = await Server.GetAsync("/graphql/", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;

        using var response = await Server.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.MediaType());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Content.Headers.ContentLength > 100_000);
    }

    [Theory]
    [InlineData("/graphql/static/js/missing.js")]
    [InlineData("/graphql/..%2Fappsettings.json")]
    [InlineData("/graphql/%2E%2E/%2E%2E/Graph.Server.dll")]
    public async Task Only_the_IDE_files_are_served(string url)
    {
        using var response = await Server.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_IDE_config_points_at_this_endpoint_with_telemetry_off()
    {
        using var response = await Server.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await response.JsonAsync();
        var origin = Server.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        Assert.Equal(origin + "/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal(origin.Replace("http://", "ws://") + "/graphql", config.GetProperty("subscriptionEndpoint").GetString());
        Assert.False(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.GetProperty("includeCookies").GetBoolean());
    }

    [Fact]
    public async Task Without_html_in_Accept_GET_graphql_is_the_GraphQL_endpoint()
    {
        using var response = await Server.GetAsync("/graphql", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0013", (await response.JsonAsync()).Code());
    }

    [Fact]
    public async Task The_IDE_can_be_turned_off()
    {
        await using var server = await GraphQLTestServer.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:Ide"] = "false" });

        using var page = await server.GetAsync("/graphql", BrowserAccept);
        using var config = await server.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [Fact]
    public async Task The_IDE_page_loads_the_script_that_opens_it_on_the_partner_examples()
    {
        using var page = await Server.GetAsync("/graphql/", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<head><script src=\"partner-examples.js\"></script>", html);

        using var script = await Server.GetAsync("/graphql/partner-examples.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.MediaType());
        // The script carries the examples (it writes them before the app starts), not the placeholder they replace.
        var text = await script.Content.ReadAsStringAsync();
        Assert.Contains("mutation SignIn(", text);
        Assert.DoesNotContain("/*partner-examples*/null", text);
    }

    [Fact]
    public async Task The_examples_document_holds_every_partner_example_and_how_to_send_the_token()
    {
        using var response = await Server.GetAsync("/graphql/partner-examples.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("Authentication > Bearer", document);
        Assert.Contains("\"Authorization\" header", document);
        var examples = Directory.GetFiles(RepositoryRoot.Combine("docs", "examples"), "*.graphql");
        Assert.True(examples.Length >= 6, "docs/examples has too few files");
        foreach (var file in examples)
        {
            var names = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"^(?:query|mutation|subscription|fragment) (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
            Assert.NotEmpty(names);
            foreach (System.Text.RegularExpressions.Match name in names)
                Assert.Contains(name.Value, document);
        }
    }
}
