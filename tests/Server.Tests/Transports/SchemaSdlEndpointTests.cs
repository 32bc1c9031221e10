using System.Net;
using Graph.Server.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Transports;

/// <summary>GET /graphql?sdl.</summary>
public sealed class SchemaSdlEndpointTests
{
    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql?sdl=true")]
    public async Task Sdl_answers_the_printed_schema_where_introspection_is_on(string url)
    {
        await using var server = await GraphQLTestServer.StartAsync("Development");

        using var response = await server.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.MediaType());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Equal(server.Services.GetRequiredService<ISchemaDocumentSource>().PrintSchema(), sdl);
        Assert.Contains("interface Node {", sdl);
        Assert.Contains("echo(value: String!): String!", sdl);
        Assert.EndsWith("}\n", sdl);
    }

    [Fact]
    public async Task Sdl_is_not_published_where_introspection_is_off()
    {
        await using var server = await GraphQLTestServer.StartAsync("Production");

        using var response = await server.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("SCHEMA_NOT_PUBLISHED", (await response.JsonAsync()).Code());
    }
}
