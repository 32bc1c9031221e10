using System.Net;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Transports;

/// <summary>GraphQL:Batching: off by default (see HttpPostTransportTests); on, a JSON array runs each request in order.</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GraphQLTestServer.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:Batching"] = "true", ["GraphQL:MaxBatchSize"] = "3" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_batch_answers_an_array_of_responses_in_request_order()
    {
        const string batch = """
            [{"query": "{ echo(value: \"one\") }"},
             {"query": "query($v: String!) { echo(value: $v) }", "variables": {"v": "two"}},
             {"query": "{ nope }"}]
            """;

        using var response = await _server.PostAsync(batch, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """[{"data":{"echo":"one"}},{"data":{"echo":"two"}},{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}]""",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"query": "{ __typename }"}, {"query": "{ __typename }"}, {"query": "{ __typename }"}, {"query": "{ __typename }"}]""")]
    public async Task An_empty_or_oversized_batch_is_400(string batch)
    {
        using var response = await _server.PostAsync(batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BATCH_TOO_LARGE", (await response.JsonAsync()).Code());
    }

    [Fact]
    public async Task A_malformed_request_in_a_batch_refuses_the_batch()
    {
        using var response = await _server.PostAsync("""[{"query": "{ __typename }"}, {"query": 1}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0009", (await response.JsonAsync()).Code());
    }
}
