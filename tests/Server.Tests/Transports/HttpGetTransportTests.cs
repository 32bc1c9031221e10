using System.Net;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Transports;

/// <summary>GET /graphql per GraphQL over HTTP: queries only, parameters in the query string, cross-site refusals.</summary>
public sealed class HttpGetTransportTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private GraphQLTestServer Server => fixture.Server;

    private static string Url(string query, string? variables = null, string? operationName = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query)
        + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables))
        + (operationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operationName));

    [Fact]
    public async Task A_query_runs_with_url_encoded_json_variables_and_operation_name()
    {
        using var response = await Server.GetAsync(
            Url("query A { __typename } query B($v: String!) { echo(value: $v) }", """{"v":"over GET"}""", "B"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("""{"data":{"echo":"over GET"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST_and_does_not_run(string? accept)
    {
        using var response = await Server.GetAsync(Url("mutation { increment(by: 1000) }"), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", (await response.JsonAsync()).Code());

        using var counter = await Server.PostQueryAsync("mutation { increment(by: 0) }");
        Assert.True((await counter.JsonAsync()).GetProperty("data").GetProperty("increment").GetInt32() < 1000, "the GET mutation ran");
    }

    [Fact]
    public async Task The_operation_picked_by_name_decides_whether_GET_may_run_it()
    {
        const string document = "query Q { __typename } mutation M { increment }";

        using var query = await Server.GetAsync(Url(document, operationName: "Q"), GraphQLResponse);
        using var mutation = await Server.GetAsync(Url(document, operationName: "M"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Fact]
    public async Task A_subscription_over_GET_is_405()
    {
        using var response = await Server.GetAsync(Url("subscription { ticks }"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql", "HC0013")]
    [InlineData("/graphql?query=", "HC0013")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%7Bnot-json", "HC0011")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%5B1%5D", "HC0009")]
    [InlineData("/graphql?query=%7B__typename%7D&extensions=1", "HC0009")]
    [InlineData("/graphql?query=%7B__typename%7D&query=%7B__typename%7D", "HC0009")]
    public async Task Malformed_parameters_are_400(string url, string code)
    {
        using var response = await Server.GetAsync(url, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).Code());
    }

    [Theory]
    [InlineData("cross-site", "navigate")]
    [InlineData("cross-site", "no-cors")]
    [InlineData("cross-site", "cors")]
    [InlineData("same-site", "navigate")]
    [InlineData("same-site", "cors")]
    public async Task A_cross_site_GET_without_a_preflight_is_refused(string site, string mode)
    {
        var headers = new Dictionary<string, string> { ["Sec-Fetch-Site"] = site, ["Sec-Fetch-Mode"] = mode };

        using var response = await Server.GetAsync(Url("{ echo(value: \"leak\") }"), "application/json", headers);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("CROSS_SITE_REQUEST_REFUSED", body.Code());
        Assert.Contains("GraphQL-Preflight", body.Message());
    }

    [Theory]
    [InlineData("same-origin", "navigate", null)]
    [InlineData("same-origin", "cors", null)]
    [InlineData("none", "navigate", null)]
    [InlineData("cross-site", "cors", "GraphQL-Preflight")]
    [InlineData("cross-site", "cors", "Authorization")]
    [InlineData(null, null, null)]
    public async Task Same_origin_user_typed_preflighted_and_non_browser_GETs_are_served(string? site, string? mode, string? header)
    {
        var headers = new Dictionary<string, string>();
        if (site is not null)
            headers["Sec-Fetch-Site"] = site;
        if (mode is not null)
            headers["Sec-Fetch-Mode"] = mode;
        if (header is not null)
            headers[header] = header == "Authorization" ? "Bearer x" : "1";

        using var response = await Server.GetAsync(Url("{ echo(value: \"ok\") }"), "application/json", headers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_Allow(string method)
    {
        using var response = await Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
