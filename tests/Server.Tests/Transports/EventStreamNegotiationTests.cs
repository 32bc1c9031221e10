using System.Text.Json;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Transports;

/// <summary>
/// With the realtime transports served, a single result stays JSON unless the client prefers an event stream (by
/// quality, then by order): a mention of <c>text/event-stream</c>, as urql's default Accept makes, is not a preference.
/// </summary>
public sealed class EventStreamNegotiationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    /// <summary>@urql/core 6's Accept for queries and mutations.</summary>
    public const string UrqlDefault = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";

    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(connectionString: database.ConnectionString);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(UrqlDefault, "application/graphql-response+json")]
    [InlineData("application/json, text/event-stream;q=0", "application/json")]
    [InlineData("text/event-stream;q=0, application/json", "application/json")]
    [InlineData("application/json, text/event-stream", "application/json")]
    [InlineData("application/json, text/event-stream;q=0.9", "application/json")]
    [InlineData("text/event-stream;q=0.5, application/graphql-response+json;q=0.8", "application/graphql-response+json")]
    [InlineData("*/*, text/event-stream", "application/json")]
    [InlineData("text/event-stream", "text/event-stream")]
    [InlineData("text/event-stream, application/json", "text/event-stream")]
    [InlineData("application/json;q=0.5, text/event-stream", "text/event-stream")]
    public async Task A_query_is_answered_as_the_client_ranks_the_types(string accept, string expected)
    {
        using var post = await _server.PostQueryAsync("{ echo(value: \"hi\") }", accept: accept);
        await AssertAnswered(post, expected);

        using var get = await _server.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ echo(value: \"hi\") }"), accept: accept);
        await AssertAnswered(get, expected);
    }

    [Fact]
    public async Task Refusing_the_stream_and_naming_nothing_else_is_406_not_a_stream()
    {
        using var response = await _server.PostQueryAsync("{ __typename }", accept: "text/event-stream;q=0");

        Assert.Equal(System.Net.HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0063", (await response.JsonAsync()).Code());
    }

    private static async Task AssertAnswered(HttpResponseMessage response, string expected)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        var body = await response.Content.ReadAsStringAsync();
        if (expected == "text/event-stream")
        {
            Assert.Contains("event: next", body);
            Assert.Contains("""{"data":{"echo":"hi"}}""", body);
            Assert.Contains("event: complete", body);
        }
        else
        {
            Assert.Equal("hi", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("echo").GetString());
        }
    }
}
