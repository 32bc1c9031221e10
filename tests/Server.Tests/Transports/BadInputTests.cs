using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Graph.Server.Execution;
using Graph.Server.Tests.Testing;
using Graph.Server.Transports;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Transports;

/// <summary>Input a client gets wrong is answered with a 4xx and a GraphQL error, never a 5xx.</summary>
public sealed class BadInputTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(connectionString: database.ConnectionString, platformModules: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Invalid_utf8_in_the_body_or_in_a_variable_is_a_400()
    {
        byte[][] bodies =
        [
            [.. "{\"query\":\"{ __typename }\",\"x\":\""u8, 0xC3, 0x28, .. "\"}"u8],
            [.. "{\"query\":\"query($v: String!) { echo(value: $v) }\",\"variables\":{\"v\":\""u8, 0xFF, 0xFE, .. "\"}}"u8],
            [.. "{\"query\":\"{ echo(value: \\\""u8, 0xED, 0xA0, 0x80, .. "\\\") }\"}"u8],
        ];
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _server.Client.PostAsync("/graphql", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("The request body is not valid UTF-8.", (await response.JsonAsync()).Message());
        }
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_and_a_broken_chunked_body_are_400s()
    {
        // The body stops short and the client waits: Kestrel gives up on the body at its minimum data rate.
        var shortBody = await RawAsync("POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"query\":\"{ __typename }\"}");
        Assert.Matches("^HTTP/1.1 4(00|08)", shortBody);
        Assert.Contains("HC0009", shortBody);

        var chunked = await RawAsync("POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{\"query\"\r\n0\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", chunked);
    }

    [Fact]
    public async Task Nul_characters_in_strings_are_refused_before_anything_runs()
    {
        using var literal = await _server.PostQueryAsync("{ echo(value: \"a\\u0000b\") }", accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, literal.StatusCode);
        Assert.Equal(NoNulCharactersRule.Code, (await literal.JsonAsync()).Code());

        using var variable = await _server.PostQueryAsync("query($v: String!) { echo(value: $v) }", new { v = "a\0b" }, accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, variable.StatusCode);
        Assert.Equal(NoNulCharactersRule.Code, (await variable.JsonAsync()).Code());
    }

    [Fact]
    public async Task A_huge_operation_name_is_refused_without_being_echoed()
    {
        var name = new string('N', 100_000);
        using var response = await _server.PostQueryAsync("query Q { __typename }", operationName: name);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(new string('N', 100), text);
        Assert.Contains(GraphQLRequestParser.MaxOperationNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture), text);

        using var get = await _server.GetAsync("/graphql?query=%7B__typename%7D&operationName=" + name[..5000]);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.DoesNotContain(new string('N', 100), await get.Content.ReadAsStringAsync());
    }

    /// <summary>With the realtime transports mapped on the same path (HttpGetTransportTests covers a server without them).</summary>
    [Theory]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task Other_methods_get_405_with_allow(string method)
    {
        using var response = await _server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    private async Task<string> RawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.Client.BaseAddress!.Host, _server.Client.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        // Kestrel closes the connection after refusing a request it could not read, so the answer ends there.
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
