using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// The clients partners build with, over schema.graphql and the partner operations of docs/examples (one file per
/// business, each paging, filtering, sorting, with fragments and mutations): GraphQL Code Generator and the Relay
/// compiler type and compile them, so a schema change that breaks one fails here; Apollo Client, urql (with
/// its default Accept) and Relay's compiled operations run them against the live server.
/// </summary>
[Collection(PartnerClientsCollection.Name)]
public sealed class PartnerClientsTests(PartnerClientsServer server) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("graph-partner-clients-").FullName;

    private static string Schema => RepositoryRoot.Combine("schema.graphql");

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Codegen_and_the_Relay_compiler_accept_every_partner_operation()
    {
        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("compile.mjs", Schema);

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"codegen: typed \d+ operations and fragments of \d+ files", output);
        Assert.Matches(@"relay: compiled \d+ artifacts", output);
    }

    [Fact]
    public async Task A_broken_operation_fails_codegen_and_the_Relay_compiler()
    {
        var operations = CopyOf(RepositoryRoot.Combine("docs", "examples"), "operations");
        var relay = CopyOf(Path.Combine(PartnerClientsServer.ClientsDirectory, "relay"), "relay");
        File.WriteAllText(Path.Combine(operations, "broken.graphql"), "query BrokenPets { pets(first: 1) { nodes { id nickname } } }\n");
        File.WriteAllText(
            Path.Combine(relay, "Broken.ts"),
            "import { graphql } from 'relay-runtime';\nexport const q = graphql`query BrokenPetsQuery { pets(first: 1) { nodes { id nickname } } }`;\n");

        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("compile.mjs", Schema, "--operations", operations, "--relay", relay);

        Assert.Equal(1, exitCode);
        Assert.Contains("codegen failed", output);
        Assert.Contains("Cannot query field \"nickname\" on type \"Pet\"", output);
        Assert.Contains("relay failed", output);
        Assert.Contains("The type `Pet` has no field `nickname`", output);
    }

    [Fact]
    public async Task A_schema_change_that_removes_a_field_the_operations_select_fails_both()
    {
        // As if Pet.species were renamed: every operation selecting it breaks.
        var schema = File.ReadAllText(Schema);
        var petType = schema.IndexOf("type Pet implements Node", StringComparison.Ordinal);
        Assert.True(petType >= 0, "schema.graphql has no Pet type");
        var species = schema.IndexOf("  species: String!\n", petType, StringComparison.Ordinal);
        Assert.True(species >= 0, "Pet has no species field");
        var changed = Path.Combine(_scratch, "schema.graphql");
        File.WriteAllText(changed, schema.Remove(species, "  species: String!\n".Length).Insert(species, "  kind: String!\n"));

        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("compile.mjs", changed);

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot query field \"species\" on type \"Pet\"", output);
        Assert.Contains("The type `Pet` has no field `species`", output);
    }

    [Fact]
    public async Task Apollo_Client_runs_every_business_against_the_live_server()
    {
        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("live.mjs", server.Endpoint, "apollo");

        Assert.True(exitCode == 0, output);
        // Apollo Client sends no files without an upload link; urql's run covers the upload.
        Assert.Matches(@"apollo: (\d+) of \1 operations run, all passed \(left to other clients: PetLabBookings, PetLabUploadPrescription\)", output);
    }

    [Fact]
    public async Task Urql_with_its_default_Accept_runs_every_business_and_gets_JSON()
    {
        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("live.mjs", server.Endpoint, "urql");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"urql: (\d+) of \1 operations run, all passed\r?\n", output);
        Assert.Contains("urql pet lab uploads: uploaded a prescription", output);
        // The default Accept names text/event-stream; every answer was a single JSON result all the same.
        Assert.Contains("urql sent Accept: " + Transports.EventStreamNegotiationTests.UrqlDefault + ";", output);
        Assert.Contains("answered as application/graphql-response+json\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Relays_compiled_operations_page_refetch_through_node_and_mutate_on_the_live_server()
    {
        var compiled = await PartnerClientsServer.RunNodeAsync("compile.mjs", Schema, "--out", _scratch);
        Assert.True(compiled.ExitCode == 0, compiled.Output);

        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("relay-live.mjs", server.Endpoint, _scratch);

        Assert.True(exitCode == 0, output);
        foreach (var app in new[] { "PetLab", "Therapy", "Sales", "PatientJourney" })
            Assert.Contains($"relay {app}: ", output);
    }

    private string CopyOf(string folder, string name)
    {
        var copy = Path.Combine(_scratch, name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }
}
