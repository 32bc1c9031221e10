using System.Text.Json;
using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Care;

/// <summary>Consultations' state machine and the journey events the platform and frontends record.</summary>
public sealed class CareWorkflowTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Move = """
        mutation($id: ID!, $status: ConsultationStatus!) {
          updateConsultationStatus(input: { consultationId: $id, status: $status }) {
            consultation { id status } errors { __typename message ... on InvalidStatusTransitionError { from to } }
          }
        }
        """;

    private static string Consultation(string key) => NodeId.Format(nameof(Persistence.Care.Consultation), DemoIds.For("consultation/" + key));

    private async Task<Guid> NewScheduledConsultationAsync(string provider)
    {
        await using var db = graph.CreateContext();
        var consultation = new Persistence.Care.Consultation
        {
            PatientProfileId = DemoIds.For("patient/nina"), ProviderId = DemoIds.For("provider/" + provider), ScheduledAt = DateTimeOffset.UtcNow.AddDays(3),
        };
        db.Add(consultation);
        await db.SaveChangesAsync();
        return consultation.Id;
    }

    [Theory]
    [InlineData("COMPLETED")]
    [InlineData("CANCELLED")]
    [InlineData("NO_SHOW")]
    public async Task The_provider_moves_their_scheduled_consultation_and_a_journey_event_follows(string status)
    {
        var key = await NewScheduledConsultationAsync("harbor");
        var before = graph.Published.For("consultationStatusChanged:" + key).Count;

        var data = await graph.RunAsAsync(Callers.As(Role.Provider), Move, Vars(new { id = NodeId.Format("Consultation", key), status }));

        Assert.Equal(status, data.GetProperty("updateConsultationStatus").GetProperty("consultation").GetProperty("status").GetString());
        Assert.Equal(before + 1, graph.Published.For("consultationStatusChanged:" + key).Count);
        await using var db = graph.CreateContext();
        var journey = await db.Set<JourneyEvent>().Where(e => e.PatientProfileId == DemoIds.For("patient/nina") && e.EventType == "consultation_" + status.ToLowerInvariant())
            .OrderByDescending(e => e.CreatedAt).FirstAsync();
        Assert.Equal(("SCHEDULED", status, "platform"), (journey.EventData!.Value.GetProperty("from").GetString(), journey.EventData.Value.GetProperty("to").GetString(), journey.Source));
    }

    [Fact]
    public async Task Booking_a_consultation_records_a_journey_event_in_its_transaction_and_a_refused_one_records_none()
    {
        const string create = """
            mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { consultation { id } errors { __typename } } }
            """;
        var at = DateTimeOffset.UtcNow.AddDays(9);
        var input = new Dictionary<string, object?>
        {
            ["patientProfileId"] = NodeId.Format(nameof(PatientProfile), DemoIds.For("patient/nina")),
            ["providerId"] = NodeId.Format(nameof(Provider), DemoIds.For("provider/harbor")),
            ["scheduledAt"] = at,
        };

        var announced = await graph.OutboxCountAsync("nodeChanged:JourneyEvent");
        var created = (await graph.RunAsync(create, Vars(new { input }))).GetProperty("createConsultation");
        var id = created.GetProperty("consultation").GetProperty("id").GetString()!;
        await using var db = graph.CreateContext();
        var journey = await db.Set<JourneyEvent>().Where(e => e.EventType == "consultation_scheduled" && e.PatientProfileId == DemoIds.For("patient/nina"))
            .OrderByDescending(e => e.CreatedAt).FirstAsync();
        Assert.Equal(id, journey.EventData!.Value.GetProperty("consultationId").GetString());
        Assert.Equal("platform", journey.Source);
        Assert.Equal(announced + 1, await graph.OutboxCountAsync("nodeChanged:JourneyEvent"));

        var events = await db.Set<JourneyEvent>().CountAsync();
        input["providerId"] = NodeId.Format(nameof(Provider), Guid.CreateVersion7());
        var refused = (await graph.RunAsync(create, Vars(new { input }))).GetProperty("createConsultation");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("consultation").ValueKind);
        Assert.Equal(events, await db.Set<JourneyEvent>().CountAsync());
    }

    [Fact]
    public async Task A_final_status_does_not_move_and_nothing_is_recorded()
    {
        await using var db = graph.CreateContext();
        var events = await db.Set<JourneyEvent>().CountAsync();

        var payload = (await graph.RunAsync(Move, Vars(new { id = Consultation("nina-first"), status = "CANCELLED" }))).GetProperty("updateConsultationStatus");

        var error = payload.GetProperty("errors")[0];
        Assert.Equal(("InvalidStatusTransitionError", "COMPLETED", "CANCELLED"),
            (error.GetProperty("__typename").GetString(), error.GetProperty("from").GetString(), error.GetProperty("to").GetString()));
        Assert.Equal(events, await db.Set<JourneyEvent>().CountAsync());
    }

    [Fact]
    public async Task A_provider_cannot_move_another_providers_consultation()
    {
        var key = await NewScheduledConsultationAsync("ruiz");
        var payload = (await graph.RunAsAsync(Callers.As(Role.Provider), Move, Vars(new { id = NodeId.Format("Consultation", key), status = "COMPLETED" })))
            .GetProperty("updateConsultationStatus");
        Assert.Equal("NotFoundError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        await using var db = graph.CreateContext();
        Assert.Equal(ConsultationStatus.Scheduled, (await db.Set<Persistence.Care.Consultation>().SingleAsync(c => c.Id == key)).Status);
    }

    [Fact]
    public async Task A_lead_status_change_records_a_journey_event_for_the_lead()
    {
        var lead = DemoIds.For("lead/Grace-Hopper");
        await graph.RunAsync("""
            mutation($id: ID!) { updateLeadStatus(input: { leadId: $id, status: CONTACTED }) { errors { message } } }
            """, Vars(new { id = NodeId.Format("Lead", lead) }));

        var events = await graph.RunAsAsync(Callers.As(Role.Marketing), """
            query($lead: UUID!) { journeyEvents(where: { leadId: { eq: $lead }, eventType: { eq: "lead_status_changed" } }) { nodes { eventData source } } }
            """, Vars(new { lead }));
        var node = events.GetProperty("journeyEvents").GetProperty("nodes")[0];
        Assert.Equal("CONTACTED", node.GetProperty("eventData").GetProperty("to").GetString());
        Assert.Equal("platform", node.GetProperty("source").GetString());
    }

    private const string Record = """
        mutation($input: RecordJourneyEventInput!) { recordJourneyEvent(input: $input) { recordedAt errors { __typename message ... on ValidationError { field } } } }
        """;

    [Fact]
    public async Task An_anonymous_visitor_records_events_with_a_session()
    {
        var session = "sess-" + Guid.NewGuid().ToString("N");
        var payload = (await graph.RunAsAsync(null, Record, Vars(new { input = new { eventType = "page_view", sessionId = session, source = "web", eventData = new { path = "/" } } })))
            .GetProperty("recordJourneyEvent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        await using var db = graph.CreateContext();
        var row = await db.Set<JourneyEvent>().SingleAsync(e => e.SessionId == session);
        Assert.Equal(("page_view", "/"), (row.EventType, row.EventData!.Value.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("{\"eventType\":\"page_view\"}", "sessionId")]
    [InlineData("{\"eventType\":\"Page View!\",\"sessionId\":\"s\"}", "eventType")]
    [InlineData("{\"eventType\":\"page_view\",\"sessionId\":\"s\",\"patientProfileId\":\"PATIENT\"}", "patientProfileId")]
    public async Task Anonymous_events_are_refused_without_a_session_or_with_a_patient(string input, string field)
    {
        var json = input.Replace("PATIENT", NodeId.Format("PatientProfile", DemoIds.For("patient/nina")));
        await using var db = graph.CreateContext();
        var before = await db.Set<JourneyEvent>().CountAsync();
        var variables = new Dictionary<string, object?> { ["input"] = Graph.Engine.Execution.JsonValues.ObjectFromJsonElement(JsonDocument.Parse(json).RootElement) };
        var payload = (await graph.RunAsAsync(null, Record, variables)).GetProperty("recordJourneyEvent");
        Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        Assert.Equal(before, await db.Set<JourneyEvent>().CountAsync());
    }

    [Fact]
    public async Task A_patient_records_events_for_their_own_profile()
    {
        var payload = (await graph.RunAsAsync(Callers.As(Role.Patient), Record,
            Vars(new { input = new { eventType = "procedure_viewed", patientProfileId = NodeId.Format("PatientProfile", DemoIds.For("patient/nina")) } })))
            .GetProperty("recordJourneyEvent");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var other = (await graph.RunAsAsync(Callers.As(Role.Patient), Record,
            Vars(new { input = new { eventType = "procedure_viewed", patientProfileId = NodeId.Format("PatientProfile", DemoIds.For("patient/anna")) } })))
            .GetProperty("recordJourneyEvent");
        Assert.Equal("patientProfileId", other.GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
