using System.Text.Json;
using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Care;

/// <summary>Soft delete on the seed-004 tables: a deleted row vanishes from connections, counts, aggregates, lookups and
/// nested relations while what points at it stays; ADMIN lists deleted rows and restores them.</summary>
public sealed class SoftDeleteTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    /// <summary>Each table's demo row that is deleted: its root connection, its type and its demo key.</summary>
    public static TheoryData<string, string, string> DeletedDemoRows => new()
    {
        { "patientProfiles", "PatientProfile", "patient/test" },
        { "medicalBackgrounds", "MedicalBackground", "background/hugo-old" },
        { "providers", "Provider", "provider/closed" },
        { "procedures", "Procedure", "procedure/laser" },
        { "appointments", "Appointment", "appointment/cancelled" },
        { "medicalQuestionnaireSubmissions", "MedicalQuestionnaireSubmission", "submission/spam" },
        { "consultations", "Consultation", "consultation/hugo-duplicate" },
        { "leads", "Lead", "lead/Spam-Entry" },
    };

    [Theory]
    [MemberData(nameof(DeletedDemoRows))]
    public async Task A_deleted_row_is_in_no_read_but_the_admins_list_of_deleted_rows(string root, string type, string key)
    {
        var id = NodeId.Format(type, DemoIds.For(key));
        var deletedRoot = "deleted" + char.ToUpperInvariant(root[0]) + root[1..];
        var data = await graph.RunAsync($$"""
            query($id: ID!) {
              live: {{root}}(first: 100) { totalCount aggregate { count } nodes { id } }
              gone: {{deletedRoot}}(first: 100) { totalCount nodes { id deletedAt } }
              node(id: $id) { id }
              nodes(ids: [$id]) { id }
            }
            """, Vars(new { id }));

        Assert.DoesNotContain(id, Ids(data.GetProperty("live")));
        Assert.Equal(data.GetProperty("live").GetProperty("totalCount").GetInt32(), data.GetProperty("live").GetProperty("aggregate").GetProperty("count").GetInt32());
        Assert.Contains(id, Ids(data.GetProperty("gone")));
        Assert.All(data.GetProperty("gone").GetProperty("nodes").EnumerateArray(), n => Assert.NotEqual(JsonValueKind.Null, n.GetProperty("deletedAt").ValueKind));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[0].ValueKind);
    }

    [Theory]
    [InlineData(Role.Marketing)]
    [InlineData(Role.Provider)]
    public async Task Only_admin_lists_deleted_rows(Role role)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), "{ deletedProviders { nodes { id } } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Deleting_stamps_the_row_hides_it_from_nested_relations_keeps_what_points_at_it_and_restoring_brings_it_back()
    {
        await using var db = graph.CreateContext();
        var procedure = new Procedure { ProviderId = DemoIds.For("provider/ruiz"), Name = "Veneers", Category = "dentistry" };
        db.Add(procedure);
        var consultation = new Consultation
        {
            PatientProfileId = DemoIds.For("patient/hugo"), ProviderId = DemoIds.For("provider/ruiz"), Procedure = procedure, ScheduledAt = DateTimeOffset.UtcNow.AddDays(5),
        };
        db.Add(consultation);
        await db.SaveChangesAsync();
        var procedureId = NodeId.Format("Procedure", procedure.Id);
        var consultationId = NodeId.Format("Consultation", consultation.Id);
        const string Read = """
            query($provider: ID!, $consultation: ID!) {
              provider: node(id: $provider) { ... on Provider { procedures(first: 50) { totalCount nodes { id } } } }
              consultation: node(id: $consultation) { ... on Consultation { id procedure { id } } }
            }
            """;
        var variables = Vars(new { provider = NodeId.Format("Provider", DemoIds.For("provider/ruiz")), consultation = consultationId });
        var before = await graph.RunAsync(Read, variables);
        Assert.Contains(procedureId, Ids(before.GetProperty("provider").GetProperty("procedures")));

        var deleted = await graph.RunAsync("mutation($id: ID!) { deleteProcedure(input: { id: $id }) { procedure { id } errors { message } } }", Vars(new { id = procedureId }));
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("deleteProcedure").GetProperty("errors").ValueKind);

        var row = await db.Set<Procedure>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == procedure.Id);
        Assert.NotNull(row.DeletedAt);
        var after = await graph.RunAsync(Read, variables);
        var nested = after.GetProperty("provider").GetProperty("procedures");
        Assert.DoesNotContain(procedureId, Ids(nested));
        Assert.Equal(before.GetProperty("provider").GetProperty("procedures").GetProperty("totalCount").GetInt32() - 1, nested.GetProperty("totalCount").GetInt32());
        // The consultation that points at the procedure survives; the procedure reads as absent.
        Assert.Equal(consultationId, after.GetProperty("consultation").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("consultation").GetProperty("procedure").ValueKind);

        const string Restore = "mutation($id: ID!) { restoreProcedure(input: { id: $id }) { procedure { id deletedAt } errors { __typename ... on ValidationError { field } } } }";
        var restored = (await graph.RunAsync(Restore, Vars(new { id = procedureId }))).GetProperty("restoreProcedure");
        Assert.Equal(JsonValueKind.Null, restored.GetProperty("procedure").GetProperty("deletedAt").ValueKind);
        var back = await graph.RunAsync(Read, variables);
        Assert.Contains(procedureId, Ids(back.GetProperty("provider").GetProperty("procedures")));
        Assert.Equal(procedureId, back.GetProperty("consultation").GetProperty("procedure").GetProperty("id").GetString());

        var again = (await graph.RunAsync(Restore, Vars(new { id = procedureId }))).GetProperty("restoreProcedure");
        Assert.Equal("ValidationError", again.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Restoring_is_for_admin_only()
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Provider), "mutation($id: ID!) { restoreProvider(input: { id: $id }) { provider { id } } }",
            Vars(new { id = NodeId.Format("Provider", DemoIds.For("provider/closed")) }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await using var db = graph.CreateContext();
        Assert.NotNull((await db.Set<Provider>().IgnoreQueryFilters().SingleAsync(p => p.Id == DemoIds.For("provider/closed"))).DeletedAt);
    }

    private static List<string?> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
}
