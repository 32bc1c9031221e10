using System.Net;
using System.Text;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Cors;

/// <summary>Cross-origin requests from the origins <c>Cors:AllowedOrigins</c> names, and from no other.</summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Partner = "https://app.partner.example";
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = Partner,
        ["Cors:AllowedOrigins:1"] = "http://localhost:3000/",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(Partner, "POST", "authorization, content-type")]
    [InlineData("http://localhost:3000", "POST", "content-type, graphql-preflight, apollo-require-preflight, x-apollo-operation-name")]
    [InlineData(Partner, "GET", "authorization, accept, apollographql-client-name, apollographql-client-version, traceparent")]
    [InlineData(Partner, "PUT", "x-graphql-event-stream-token")]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_credentials_and_the_headers(string origin, string method, string headers)
    {
        using var response = await PreflightAsync(origin, method, headers);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Contains(method, Single(response, "Access-Control-Allow-Methods").Split(',', StringSplitOptions.TrimEntries));
        var allowed = Single(response, "Access-Control-Allow-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.All(headers.Split(',', StringSplitOptions.TrimEntries), header => Assert.Contains(header, allowed, StringComparer.OrdinalIgnoreCase));
        Assert.Equal("600", Single(response, "Access-Control-Max-Age"));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task A_query_from_an_allowed_origin_is_answered_readable_by_the_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ echo(value: \"hi\") }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Partner);
        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Partner, Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Single(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("WWW-Authenticate", Single(response, "Access-Control-Expose-Headers"));
        Assert.Equal("hi", (await response.JsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://app.partner.example")]
    [InlineData("https://app.partner.example:8443")]
    public async Task Another_origin_gets_no_CORS_headers(string origin)
    {
        using var preflight = await PreflightAsync(origin, "POST", "authorization, content-type");
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        using var response = await _server.Client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_header_no_GraphQL_client_sends_is_not_allowed()
    {
        using var response = await PreflightAsync(Partner, "POST", "content-type, x-custom-secret");

        // The answer lists what is allowed; the browser refuses the request, whose header is not among them.
        var allowed = Single(response, "Access-Control-Allow-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.DoesNotContain("x-custom-secret", allowed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("content-type", allowed, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_is_allowed()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", Partner);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await server.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.partner.example")]
    [InlineData("https://app.partner.example/path")]
    [InlineData("app.partner.example")]
    [InlineData("ftp://app.partner.example")]
    public async Task An_entry_that_is_not_an_origin_stops_the_start(string origin)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => GraphQLTestServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = origin,
        }));

        Assert.Contains("Cors:AllowedOrigins", refused.ToString());
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await _server.Client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"no {header} header");
}
