using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Conformance;

/// <summary>The running server's <c>GET /graphql?sdl</c> is the committed schema.graphql.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class SchemaOverHttpTests(ConformanceServer server)
{
    [Fact]
    public async Task Get_sdl_answers_schema_graphql()
    {
        using var client = new HttpClient();

        var sdl = await client.GetStringAsync(server.Endpoint + "?sdl");

        Assert.True(
            sdl == await File.ReadAllTextAsync(RepositoryRoot.Combine("schema.graphql")),
            $"GET /graphql?sdl differs from schema.graphql; regenerate it with `{SchemaFileTests.Regenerate}`.");
    }
}
