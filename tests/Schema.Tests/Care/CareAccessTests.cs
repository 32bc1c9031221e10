using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Care;

/// <summary>Who reads the patient journey: medical data for ADMIN, the patient and the provider of one of their consultations;
/// MARKETING journey events without medical data; only ADMIN verifies a provider.</summary>
public sealed class CareAccessTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static string Patient(string key) => NodeId.Format("PatientProfile", DemoIds.For("patient/" + key));

    [Theory]
    // Nina is the PATIENT account and a patient of Harbor Clinic (the PROVIDER account); Anna and Hugo are neither's.
    [InlineData(Role.Admin, "anna,hugo,nina")]
    [InlineData(Role.Patient, "nina")]
    [InlineData(Role.Provider, "nina")]
    [InlineData(Role.Marketing, "")]
    [InlineData(Role.Sales, "")]
    [InlineData(Role.Customer, "")]
    public async Task Patients_and_backgrounds_read_by_role(Role role, string expected)
    {
        var data = await graph.RunAsAsync(Callers.As(role), """
            { patientProfiles(first: 50) { nodes { id } } medicalBackgrounds(first: 50) { nodes { patientProfile { id } data } } }
            """);
        var keys = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var patients = data.GetProperty("patientProfiles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.True(keys.All(k => patients.Contains(Patient(k))), string.Join(",", patients));
        if (role != Role.Admin)
            Assert.Equal(keys.Length, patients.Count);
        var backgrounds = data.GetProperty("medicalBackgrounds").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("patientProfile").GetProperty("id").GetString()).ToHashSet();
        Assert.True(backgrounds.IsSubsetOf(patients));
        Assert.Equal(keys.Contains("nina"), backgrounds.Contains(Patient("nina")));
    }

    [Theory]
    [InlineData(Role.Provider, "nina-first,nina-next")]
    [InlineData(Role.Patient, "nina-first,nina-next")]
    [InlineData(Role.Marketing, "")]
    public async Task Consultations_read_by_role(Role role, string expected)
    {
        var data = await graph.RunAsAsync(Callers.As(role), "{ consultations(first: 50) { nodes { id outcome } } }");
        var ids = data.GetProperty("consultations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order().ToList();
        var want = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => NodeId.Format("Consultation", DemoIds.For("consultation/" + k))).Order().ToList();
        Assert.Equal(want, ids);
    }

    [Theory]
    [InlineData(Role.Marketing, true)]
    [InlineData(Role.Analyst, true)]
    [InlineData(Role.Patient, false)]
    [InlineData(Role.Provider, false)]
    public async Task Journey_events_are_marketings_and_carry_no_patient_it_may_not_see(Role role, bool reads)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), "{ journeyEvents(first: 50) { nodes { eventType patientProfile { id } } } }");
        var nodes = response.GetProperty("data").GetProperty("journeyEvents").GetProperty("nodes").EnumerateArray().ToList();
        if (!reads)
        {
            Assert.Empty(nodes);
            return;
        }

        Assert.Contains(nodes, n => n.GetProperty("eventType").GetString() == "questionnaire_processed");
        // The patient behind an event is medical territory: MARKETING sees the event, never the profile.
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("patientProfile").ValueKind));
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Provider, false)]
    public async Task Only_admin_verifies_a_provider(Role role, bool allowed)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), "mutation($id: ID!) { updateProvider(input: { id: $id, isVerified: true }) { provider { isVerified } errors { message } } }",
            Vars(new { id = NodeId.Format("Provider", DemoIds.For("provider/harbor")) }));
        Assert.Equal(!allowed, response.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_provider_edits_their_own_directory_entry_but_not_others()
    {
        const string Rename = "mutation($id: ID!, $name: String!) { updateProvider(input: { id: $id, name: $name }) { provider { name } errors { message } } }";
        var own = await graph.RunAsAsync(Callers.As(Role.Provider), Rename, Vars(new { id = NodeId.Format("Provider", DemoIds.For("provider/harbor")), name = "Harbor Clinic Lisbon" }));
        Assert.Equal("Harbor Clinic Lisbon", own.GetProperty("updateProvider").GetProperty("provider").GetProperty("name").GetString());
        var other = await graph.ExecuteAsAsync(Callers.As(Role.Provider), Rename, Vars(new { id = NodeId.Format("Provider", DemoIds.For("provider/ruiz")), name = "Mine now" }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
