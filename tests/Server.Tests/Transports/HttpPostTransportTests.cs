using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Transports;

/// <summary>POST /graphql per GraphQL over HTTP: media types, status codes, refusals.</summary>
public sealed class HttpPostTransportTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    public async Task The_response_media_type_follows_Accept(string? accept, string expected)
    {
        using var response = await Server.PostQueryAsync("{ echo(value: \"hi\") }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("""{"data":{"echo":"hi"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Accept_without_a_supported_media_type_is_406(string accept)
    {
        using var response = await Server.PostQueryAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0063", (await response.JsonAsync()).Code());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_syntax_error_is_400_under_graphql_response_json_and_200_under_json(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("{", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", body.Message());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_validation_error_is_400_under_graphql_response_json_and_200_under_json(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("{ nope }", accept: accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", body.Message());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_variable_coercion_error_is_400_under_graphql_response_json_and_200_under_json(string accept, HttpStatusCode expected)
    {
        using var response = await Server.PostQueryAsync("query($v: String!) { echo(value: $v) }", new { v = (string?)null }, accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("Variable \"$v\" has invalid value", (await response.JsonAsync()).Message());
    }

    [Fact]
    public async Task A_field_error_with_data_is_200_under_both_media_types()
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            using var response = await Server.PostQueryAsync("{ echo(value: \"x\") refused }", accept: accept);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                """{"errors":[{"message":"Refused on purpose.","locations":[{"line":1,"column":20}],"path":["refused"],"extensions":{"code":"REFUSED"}}],"data":null}""",
                await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_honoured()
    {
        var body = """
            {"query": "query A { a: echo(value: \"a\") } query B($v: String!) { b: echo(value: $v) }",
             "operationName": "B", "variables": {"v": "from variables"}, "extensions": {"persistedQuery": null, "any": [1, 2]}}
            """;

        using var response = await Server.PostAsync(body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"b":"from variables"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        using var response = await Server.PostQueryAsync("query A { __typename }", accept: GraphQLResponse, operationName: "B");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unknown operation named \"B\".", (await response.JsonAsync()).Message());
    }

    [Fact]
    public async Task Mutations_run_over_POST()
    {
        using var response = await Server.PostQueryAsync("mutation { increment(by: 0) }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("data").TryGetProperty("increment", out _));
    }

    [Fact]
    public async Task A_subscription_over_a_single_response_is_a_request_error()
    {
        using var response = await Server.PostQueryAsync("subscription { ticks }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("STREAMING_TRANSPORT_REQUIRED", (await response.JsonAsync()).Code());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task Malformed_json_is_400_under_both_media_types(string accept)
    {
        using var response = await Server.PostAsync("{ \"query\": ", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("HC0011", body.Code());
        Assert.StartsWith("The request body is not valid JSON: ", body.Message());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("", "HC0013")]
    [InlineData("{}", "HC0013")]
    [InlineData("{\"qeury\": \"{ __typename }\"}", "HC0013")]
    [InlineData("{\"query\": null}", "HC0013")]
    [InlineData("{\"query\": 1}", "HC0009")]
    [InlineData("{\"query\": {\"obj\": 1}}", "HC0009")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}", "HC0009")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "HC0009")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "HC0009")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": 0}", "HC0009")]
    [InlineData("\"{ __typename }\"", "HC0009")]
    [InlineData("[{\"query\": \"{ __typename }\"}]", "BATCHING_NOT_ENABLED")]
    public async Task Malformed_parameters_are_400(string body, string code)
    {
        using var response = await Server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).Code());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Content_types_other_than_json_are_refused_so_browsers_cannot_post_forms(string? contentType)
    {
        using var response = await Server.PostAsync("{\"query\": \"mutation { increment }\"}", GraphQLResponse, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("UNSUPPORTED_CONTENT_TYPE", (await response.JsonAsync()).Code());
    }

    [Fact]
    public async Task A_multipart_post_without_a_preflight_header_is_refused_as_a_browser_form_could_send_it()
    {
        using var response = await Server.PostAsync("{\"query\": \"mutation { increment }\"}", GraphQLResponse, "multipart/form-data; boundary=x");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("PREFLIGHT_REQUIRED", (await response.JsonAsync()).Code());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Json_with_or_without_utf8_charset_is_read(string contentType)
    {
        using var response = await Server.PostAsync("{\"query\": \"{ echo(value: \\\"Run🏃\\\") }\"}", contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Run🏃", (await response.JsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_by_content_length()
    {
        var query = "{ echo(value: \"" + new string('x', 1024 * 1024) + "\") }";

        using var response = await Server.PostQueryAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HC0010", (await response.JsonAsync()).Code());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_too()
    {
        var oversized = Encoding.UTF8.GetBytes("{\"query\": \"{ echo(value: \\\"" + new string('x', 1024 * 1024) + "\\\") }\"}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new NoLengthStream(oversized)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A stream that does not tell its length, so HttpClient sends it chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
