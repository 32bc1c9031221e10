namespace Graph.Server.Tests.Conformance;

/// <summary>The graphql-http package's own audit suite (GraphQL over HTTP) against the running server.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class GraphQLHttpAuditTests(ConformanceServer server)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes_without_warnings()
    {
        var (exitCode, output) = await ConformanceServer.RunNodeAsync("audit.mjs", server.Endpoint);

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"graphql-http audit: (\d+) audits, \1 passed, 0 warnings, 0 errors", output);
    }
}
