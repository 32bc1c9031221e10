using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary>An admin verifies a prescription (verifiedBy is the admin, with notes); nobody else may.</summary>
public sealed class PrescriptionVerificationTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Verify = """
        mutation($id: ID!, $notes: String) {
          verifyPrescriptionUpload(input: { prescriptionUploadId: $id, verificationNotes: $notes }) {
            prescriptionUpload { verifiedBy { id } verificationNotes verifiedAt }
            errors { __typename }
          }
        }
        """;

    private static readonly string Unverified = NodeId.Format("PrescriptionUpload", DemoIds.For("prescription/bruno-culture"));

    [Fact]
    public async Task An_admin_verifies_a_prescription_with_notes()
    {
        var data = await graph.RunAsAsync(Callers.As(Role.Admin), Verify, new Dictionary<string, object?> { ["id"] = Unverified, ["notes"] = "Signed by the referring vet." });

        var upload = data.GetProperty("verifyPrescriptionUpload").GetProperty("prescriptionUpload");
        Assert.Equal(NodeId.Format("User", Callers.AccountId(Role.Admin)), upload.GetProperty("verifiedBy").GetProperty("id").GetString());
        Assert.Equal("Signed by the referring vet.", upload.GetProperty("verificationNotes").GetString());
        Assert.NotEqual(JsonValueKind.Null, upload.GetProperty("verifiedAt").ValueKind);
    }

    [Theory]
    [InlineData(Role.Customer)]
    [InlineData(Role.LabTech)]
    public async Task Nobody_else_verifies(Role role)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), Verify, new Dictionary<string, object?> { ["id"] = Unverified, ["notes"] = "mine" });

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_prescription_is_not_found()
    {
        var data = await graph.RunAsAsync(Callers.As(Role.Admin), Verify, new Dictionary<string, object?> { ["id"] = NodeId.Format("PrescriptionUpload", Guid.CreateVersion7()) });

        Assert.Equal("NotFoundError", data.GetProperty("verifyPrescriptionUpload").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }
}
