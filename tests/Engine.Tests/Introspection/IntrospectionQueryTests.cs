using System.Text.Json.Nodes;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Introspection;

/// <summary>
/// The full introspection query (getIntrospectionQuery with every option) over the kitchen-sink schema gives
/// exactly what graphql-js 17.1 gives: <see cref="IntrospectionFixtures"/> holds what graphql-js produced by graphql-js from the same
/// SDL and query.
/// </summary>
public sealed class IntrospectionQueryTests
{
    [Fact]
    public void Introspection_result_equals_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(IntrospectionFixtures.KitchenSinkSdl);
        var actual = IntrospectionHarness.Execute(schema, IntrospectionFixtures.Query);
        var expected = JsonNode.Parse(IntrospectionFixtures.GraphQLJsResult)!;
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }
}
