using Graph.Server.Tests.Testing;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// docs/partners.md shows only operations the partner clients run (PartnerClientsTests): each of its GraphQL examples
/// is, definition for definition, one of docs/examples/.
/// </summary>
public sealed class PartnerGuideTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("graph-partner-guide-").FullName;

    private static string Guide => RepositoryRoot.Combine("docs", "partners.md");

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Every_example_in_the_guide_is_a_partner_operation()
    {
        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("guide-check.mjs", Guide);

        Assert.True(exitCode == 0, output);
        Assert.Contains("partners guide: ", output);
    }

    [Fact]
    public async Task An_example_that_drifts_from_the_operations_fails_the_check()
    {
        var drifted = Path.Combine(_scratch, "partners.md");
        var guide = File.ReadAllText(Guide);
        Assert.Contains("\n  species\n", guide);
        File.WriteAllText(drifted, guide.Replace("\n  species\n", "\n  speciesName\n"));

        var (exitCode, output) = await PartnerClientsServer.RunNodeAsync("guide-check.mjs", drifted);

        Assert.Equal(1, exitCode);
        Assert.Contains("PetCard differs from docs/examples/petLab.graphql", output);
    }
}
