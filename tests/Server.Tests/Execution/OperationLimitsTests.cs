using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Engine.Validation.Rules;
using Graph.Server.Execution;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Execution;

/// <summary>
/// GraphQL:Limits over HTTP: the denial-of-service operations are refused with a code before anything runs
/// (this server has no database: an operation that ran would fail differently), every documented query passes, the
/// cost is reported on request, and the limits are configuration.
/// </summary>
public sealed class OperationLimitsTests(OperationLimitsTests.PlatformServer fixture) : IClassFixture<OperationLimitsTests.PlatformServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private GraphQLTestServer Server => fixture.Server;

    /// <summary>The queries a partner finds in the README, the docs, the benchmark and the frontend tests, at their largest page.</summary>
    public static TheoryData<string> DocumentedQueries => new()
    {
        // README, Writes.
        """mutation { createPet(input: { name: "Nimbus", species: "Cat" }) { pet { id name owner { id } updatedAt } errors { __typename message ... on ValidationError { field } } } }""",
        """mutation($id: ID!, $seen: DateTime) { updatePet(input: { id: $id, expectedUpdatedAt: $seen, breed: null }) { pet { breed updatedAt } errors { __typename message } } }""",
        // docs/webhooks.md.
        """mutation { createWebhook(input: { url: "https://partner.example/graph-events", subscription: "subscription { bookingStatusChanged { previousStatus status booking { id status } } }", description: "bookings to the CRM" }) { webhook { id enabled } secret errors { __typename message } } }""",
        // bench/side-by-side/workloads.mjs, "nested" with the largest page a client may ask for.
        """
        query List($status: BookingStatus!, $after: String) {
          bookings(where: { status: { eq: $status } }, order: [{ bookingDate: ASC }], first: 100, after: $after) {
            nodes { id bookingDate status address notes estimatedDistanceKm
              pet { id name species } customer { id email firstName lastName }
              items(first: 10, order: [{ id: ASC }]) { nodes { id quantity unitPrice labTest { id name price } report { id status findings } } } }
            pageInfo { hasNextPage endCursor } } }
        """,
        """query ById($id: ID!) { node(id: $id) { ... on Booking { id status pet { id name species } customer { id email firstName lastName } } } }""",
        """mutation SetStatus($bookingId: ID!, $status: BookingStatus!) { updateBookingStatus(input: { bookingId: $bookingId, status: $status }) { booking { id status } } }""",
        // tests/Schema.Tests/Authorization/FrontendReadTests.cs.
        """{ bookings { nodes { items { nodes { id report { status findings reportFileUrl } } } } } testReports { totalCount } }""",
        """{ bookings { totalCount pageInfo { hasNextPage } nodes { id } aggregate { count sum { estimatedDistanceKm } } } }""",
        // A Relay client's edges and nodes two levels down, at full pages.
        """{ users(first: 100) { edges { cursor node { id email bookings(first: 10) { edges { node { id status } } } } } } }""",
    };

    [Theory]
    [MemberData(nameof(DocumentedQueries))]
    public async Task Every_documented_query_is_within_the_default_limits(string query)
    {
        using var response = await PostAsync(query, "validate");
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.True(cost.GetProperty("fieldCost").GetDouble() > 0);
    }

    [Fact]
    public async Task The_introspection_query_of_graphql_js_is_within_the_default_limits()
    {
        var query = await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "Conformance", "introspection-query.graphql"));
        using var response = await PostAsync(query, null);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText()[..Math.Min(500, body.GetRawText().Length)]);
    }

    [Fact]
    public async Task The_public_catalogue_cycle_nested_eight_levels_is_refused_by_its_cost_before_it_runs()
    {
        var selection = "id name";
        for (var level = 0; level < 8; level++)
            selection = $"labTests {{ nodes {{ id name category {{ id {selection} }} }} }}";

        // Depth alone would refuse it too; raise that limit to see the cost refuse it.
        await using var server = await GraphQLTestServer.StartAsync("Development", new Dictionary<string, string?> { ["GraphQL:Limits:MaxDepth"] = "100" }, platformModules: true);
        using var response = await server.PostQueryAsync("{ " + selection + " }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(GraphQLRequestExecutor.CostExceededCode, body.Code());
        var error = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.True(error.GetProperty("fieldCost").GetDouble() > 1e8);
        Assert.Equal(5000, error.GetProperty("maxFieldCost").GetDouble());

        // Under the default limits it is refused by its depth first.
        using var deep = await Server.PostQueryAsync("{ " + selection + " }", accept: GraphQLResponse);
        Assert.Equal(MaxDepthRule.ErrorCode, (await deep.JsonAsync()).Code());
    }

    [Fact]
    public async Task Two_thousand_aliases_of_a_full_user_page_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"u{i}: users(first: 100) {{ nodes {{ id email }} }}")) + " }";

        // 26,000 tokens: the parser stops first.
        using var tokens = await Server.PostQueryAsync(query, accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, tokens.StatusCode);
        Assert.Contains("more than 15000 tokens", (await tokens.JsonAsync()).Message());

        await using var server = await GraphQLTestServer.StartAsync("Production", new Dictionary<string, string?> { ["GraphQL:Limits:MaxTokens"] = "100000" }, platformModules: true);
        using var response = await server.PostQueryAsync(query, accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        var codes = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.Contains(MaxAliasesRule.ErrorCode, codes);
        Assert.Contains(MaxRootFieldsRule.ErrorCode, codes);
    }

    [Fact]
    public async Task A_page_size_given_in_a_variable_decides_the_cost()
    {
        const string Query = "query($n: Int) { users(first: $n) { nodes { bookings(first: $n) { nodes { id } } } } }";
        using var small = await PostAsync(Query, "validate", new { n = 10 });
        Assert.Equal(10 + 1 + (10 * (10 + 1)), (await small.JsonAsync()).GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());

        using var large = await PostAsync(Query, "validate", new { n = 100 });
        Assert.Equal(GraphQLRequestExecutor.CostExceededCode, (await large.JsonAsync()).Code());
    }

    [Fact]
    public async Task The_cost_is_reported_beside_the_data_when_asked()
    {
        using var response = await PostAsync("{ __typename }", "report");
        Assert.Equal(
            """{"data":{"__typename":"Query"},"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""",
            await response.Content.ReadAsStringAsync());

        using var plain = await PostAsync("{ __typename }", null);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_schema_publishes_the_weights_and_list_sizes_the_analysis_uses()
    {
        var sdl = await File.ReadAllTextAsync(RepositoryRoot.Combine("schema.graphql"));
        Assert.Contains("directive @cost(", sdl);
        Assert.Contains("directive @listSize(", sdl);
        Assert.Contains("): UsersConnection @listSize(assumedSize: 100, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false) @cost(weight: \"10\")", sdl);
    }

    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "2", "{ users { nodes { id } } }", MaxDepthRule.ErrorCode)]
    [InlineData("GraphQL:Limits:MaxAliases", "1", "{ a: __typename b: __typename }", MaxAliasesRule.ErrorCode)]
    [InlineData("GraphQL:Limits:MaxRootFields", "1", "{ __typename me { id } }", MaxRootFieldsRule.ErrorCode)]
    [InlineData("GraphQL:Limits:MaxDirectives", "1", "{ __typename @skip(if: false) me @include(if: true) { id } }", MaxDirectivesRule.ErrorCode)]
    [InlineData("GraphQL:Limits:MaxFieldCost", "20", "{ users { nodes { bookings { nodes { id } } } } }", GraphQLRequestExecutor.CostExceededCode)]
    [InlineData("GraphQL:Limits:MaxTypeCost", "5", "{ users { nodes { id } } }", GraphQLRequestExecutor.CostExceededCode)]
    [InlineData("GraphQL:Limits:MaxTokens", "5", "{ users { nodes { id } } }", "SYNTAX_ERROR")]
    public async Task Each_limit_is_configuration(string setting, string value, string query, string code)
    {
        await using var server = await GraphQLTestServer.StartAsync("Production", new Dictionary<string, string?> { [setting] = value }, platformModules: true);
        using var response = await server.PostQueryAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).Code());
    }

    [Fact]
    public async Task A_limit_that_is_not_positive_stops_the_server_from_starting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            GraphQLTestServer.StartAsync("Production", new Dictionary<string, string?> { ["GraphQL:Limits:MaxDepth"] = "0" }));
        Assert.Contains("GraphQL:Limits", failure.Message);
    }

    private Task<HttpResponseMessage> PostAsync(string query, string? costMode, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (costMode is not null)
            request.Headers.Add(GraphQLRequestExecutor.CostHeader, costMode);
        return Server.Client.SendAsync(request);
    }

    /// <summary>The platform's schema in Development (introspection on), without a database.</summary>
    public sealed class PlatformServer : IAsyncLifetime
    {
        public GraphQLTestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await GraphQLTestServer.StartAsync("Development", platformModules: true);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
