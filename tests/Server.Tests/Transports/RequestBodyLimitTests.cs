using System.Net;
using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Transports;

/// <summary>GraphQL:MaxRequestBodySize is configurable (the default, 1 MiB, is tested in HttpPostTransportTests).</summary>
public sealed class RequestBodyLimitTests
{
    [Fact]
    public async Task The_limit_comes_from_configuration()
    {
        await using var server = await GraphQLTestServer.StartAsync(settings: new Dictionary<string, string?> { ["GraphQL:MaxRequestBodySize"] = "64" });

        using var small = await server.PostQueryAsync("{ __typename }");
        using var large = await server.PostQueryAsync("{ echo(value: \"" + new string('x', 64) + "\") }");

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("64 bytes", (await large.JsonAsync()).Message());
    }
}
