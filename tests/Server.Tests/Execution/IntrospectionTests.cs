using System.Net;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Execution;

/// <summary>GraphQL:Introspection: on in Development, off elsewhere unless configured; off also hides suggestions.</summary>
public sealed class IntrospectionTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static TheoryData<string, string?, bool> Settings => new()
    {
        { "Development", null, true },
        { "Production", null, false },
        { "Staging", null, false },
        { "Production", "true", true },
        { "Development", "false", false },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Schema_and_type_answer_only_where_introspection_is_on(string environment, string? setting, bool allowed)
    {
        var settings = setting is null ? null : new Dictionary<string, string?> { ["GraphQL:Introspection"] = setting };
        await using var server = await GraphQLTestServer.StartAsync(environment, settings);

        using var response = await server.PostQueryAsync("{ __schema { queryType { name } } }", accept: GraphQLResponse);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(
                """{"errors":[{"message":"Introspection is not allowed for the current request.","locations":[{"line":1,"column":3}],"extensions":{"code":"HC0046","field":"__schema"}}]}""",
                await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Off_it_refuses_type_even_inside_fragments_and_keeps_typename()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        using var type = await server.PostQueryAsync("{ ...F } fragment F on Query { __type(name: \"Query\") { name } }", accept: GraphQLResponse);
        using var typeName = await server.PostQueryAsync("{ __typename }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal("HC0046", (await type.JsonAsync()).Code());
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await typeName.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task Validation_suggests_field_names_only_where_introspection_is_on(string environment, bool suggests)
    {
        await using var server = await GraphQLTestServer.StartAsync(environment);

        using var response = await server.PostQueryAsync("{ ech(value: \"x\") }");

        var message = (await response.JsonAsync()).Message();
        Assert.Equal(suggests ? "Cannot query field \"ech\" on type \"Query\". Did you mean \"echo\"?" : "Cannot query field \"ech\" on type \"Query\".", message);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task Variable_coercion_suggests_enum_values_only_where_introspection_is_on(string environment, bool suggests)
    {
        await using var server = await GraphQLTestServer.StartAsync(environment);

        using var response = await server.PostQueryAsync("query($c: Color!) { favorite(color: $c) }", new { c = "REDD" });

        var message = (await response.JsonAsync()).Message();
        Assert.StartsWith("Variable \"$c\" has invalid value", message);
        Assert.Equal(suggests, message.Contains("Did you mean", StringComparison.Ordinal));
    }
}
