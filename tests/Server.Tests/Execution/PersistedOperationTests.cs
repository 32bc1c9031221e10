using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Server.Execution;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Execution;

/// <summary>
/// Trusted documents: Apollo's automatic persisted queries as its PersistedQueryLink speaks them (hash first, then the
/// document with its hash), stored in PostgreSQL for every server; and the allow-list filled by <c>import-operations</c>.
/// </summary>
public sealed class PersistedOperationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Query = "query Typename { __typename }";

    private static readonly string Hash = PersistedOperationStore.Hash(Query);

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    [Fact]
    public async Task An_unknown_hash_is_not_found_as_the_apollo_link_expects_and_once_sent_every_server_knows_it()
    {
        var query = "query Unique" + Guid.NewGuid().ToString("N") + " { __typename }";
        var hash = PersistedOperationStore.Hash(query);
        await using var first = await AuthTestHost.StartAsync(database.ConnectionString);

        var unknown = await PostAsync(first, new { extensions = Persisted(hash) });
        var error = unknown.GetProperty("errors")[0];
        Assert.Equal(PersistedOperationStore.NotFoundMessage, error.GetProperty("message").GetString());
        Assert.Equal(PersistedOperationStore.NotFoundCode, error.GetProperty("extensions").GetProperty("code").GetString());

        var registered = await PostAsync(first, new { query, extensions = Persisted(hash) });
        Assert.Equal("Query", registered.GetProperty("data").GetProperty("__typename").GetString());

        await using var second = await AuthTestHost.StartAsync(database.ConnectionString);
        var byHash = await PostAsync(second, new { extensions = Persisted(hash) });
        Assert.Equal("Query", byHash.GetProperty("data").GetProperty("__typename").GetString());

        // Apollo's link sends hashed queries over GET when asked to.
        using var get = await second.Client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Persisted(hash))));
        Assert.Equal("Query", JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_document_whose_hash_differs_is_refused_and_not_stored()
    {
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString);
        var wrong = new string('0', 64);
        var mismatch = await PostAsync(host, new { query = "{ __typename }", extensions = Persisted(wrong) });
        Assert.Equal(PersistedOperationStore.HashMismatchCode, mismatch.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var after = await PostAsync(host, new { extensions = Persisted(wrong) });
        Assert.Equal(PersistedOperationStore.NotFoundCode, after.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Off_answers_a_hash_alone_as_not_supported()
    {
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString, settings: new Dictionary<string, string?> { ["GraphQL:PersistedOperations:Mode"] = "Off" });
        var answer = await PostAsync(host, new { extensions = Persisted(Hash) });
        Assert.Equal(PersistedOperationStore.NotSupportedCode, answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", (await PostAsync(host, new { query = Query })).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task In_allow_list_mode_only_the_documents_a_manifest_registered_run()
    {
        var allowed = DatabaseName("query Allowed { __typename }");
        var relayDocument = DatabaseName("query RelayAllowed { __typename }");
        var manifest = Path.GetTempFileName();
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = PersistedOperationStore.Hash(allowed), name = "Allowed", type = "query", body = allowed } },
        }));
        var relay = Path.GetTempFileName();
        await File.WriteAllTextAsync(relay, JsonSerializer.Serialize(new Dictionary<string, string> { ["relay-" + Guid.NewGuid().ToString("N")] = relayDocument }));
        var relayId = JsonDocument.Parse(await File.ReadAllTextAsync(relay)).RootElement.EnumerateObject().Single().Name;

        await using (var directory = new ServerWorkingDirectory())
        {
            var environment = new Dictionary<string, string?> { ["ConnectionStrings__Graph"] = database.ConnectionString };
            var apollo = await GraphServerProcess.RunAsync(directory.Path, ["import-operations", manifest], environment);
            Assert.True(apollo.ExitCode == 0, apollo.Output);
            Assert.Contains("Registered 1 of 1", apollo.Output);
            var again = await GraphServerProcess.RunAsync(directory.Path, ["import-operations", manifest], environment);
            Assert.Contains("Registered 0 of 1", again.Output);
            var relayImport = await GraphServerProcess.RunAsync(directory.Path, ["import-operations", relay], environment);
            Assert.True(relayImport.ExitCode == 0, relayImport.Output);
        }

        await using var host = await AuthTestHost.StartAsync(database.ConnectionString, settings: new Dictionary<string, string?> { ["GraphQL:PersistedOperations:Mode"] = "AllowList" });
        Assert.Equal("Query", (await PostAsync(host, new { extensions = Persisted(PersistedOperationStore.Hash(allowed)) })).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", (await PostAsync(host, new { query = allowed })).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", (await PostAsync(host, new { id = relayId })).GetProperty("data").GetProperty("__typename").GetString());

        var other = await PostAsync(host, new { query = "{ __typename }" });
        Assert.Equal(PersistedOperationStore.OnlyPersistedCode, other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(other.TryGetProperty("data", out _));

        // A client cannot add to the list by sending a document with its hash.
        var learnt = DatabaseName("query Learnt { __typename }");
        var sent = await PostAsync(host, new { query = learnt, extensions = Persisted(PersistedOperationStore.Hash(learnt)) });
        Assert.Equal(PersistedOperationStore.OnlyPersistedCode, sent.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var unknown = await PostAsync(host, new { extensions = Persisted(PersistedOperationStore.Hash(learnt)) });
        Assert.Equal(PersistedOperationStore.NotFoundCode, unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void A_manifest_of_another_shape_is_refused()
    {
        Assert.Throws<FormatException>(() => OperationManifest.Parse("""{"operations":[{"id":"a","body":"{ a }"}]}"""));
        Assert.Throws<FormatException>(() => OperationManifest.Parse("""{"a": 1}"""));
        Assert.Equal([("a", "{ a }")], OperationManifest.Parse("""{"a":"{ a }"}"""));
    }

    /// <summary>A document no other test of this database uses (operation names are free to vary).</summary>
    private static string DatabaseName(string document) => document.Replace("query ", "query N" + Guid.NewGuid().ToString("N")[..8], StringComparison.Ordinal);

    private static async Task<JsonElement> PostAsync(AuthTestHost host, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await host.Client.PostAsync("/graphql", content);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
