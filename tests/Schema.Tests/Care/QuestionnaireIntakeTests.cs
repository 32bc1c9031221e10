using System.Text.Json;
using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Schema.Care;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Care;

/// <summary><c>submitMedicalQuestionnaire</c>: anonymous, idempotent per booking under concurrency, bounded, rate limited per
/// client, and processed into a patient profile (or failed) with a journey event; never read back anonymously.</summary>
public sealed class QuestionnaireIntakeTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Submit = """
        mutation($uid: String!, $data: JSON!) {
          submitMedicalQuestionnaire(input: { bookingUid: $uid, submissionData: $data }) {
            bookingUid status errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    private static int _clients;

    private Task<JsonElement> SubmitAsync(string uid, object data, string? client = null) =>
        graph.ExecuteAsAsync(null, Submit, Vars(new { uid, data }),
            new Dictionary<string, object?> { [ClientKeys.ContextKey] = client ?? "10.0.0." + Interlocked.Increment(ref _clients) });

    private static JsonElement Payload(JsonElement response) => response.GetProperty("data").GetProperty("submitMedicalQuestionnaire");

    [Fact]
    public async Task Concurrent_duplicates_leave_one_submission_one_patient_and_one_journey_event()
    {
        var uid = "race-" + Guid.NewGuid().ToString("N");
        var email = uid + "@patients.test";
        var data = new { email, firstName = "Rita", lastName = "Race", medicalBackground = new { allergies = new[] { "latex" } } };

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => SubmitAsync(uid, data)));

        foreach (var answer in answers)
        {
            Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
            Assert.Equal("PROCESSED", Payload(answer).GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, Payload(answer).GetProperty("errors").ValueKind);
        }

        await using var db = graph.CreateContext();
        var submission = await db.Set<MedicalQuestionnaireSubmission>().SingleAsync(s => s.BookingUid == uid);
        Assert.Equal(SubmissionStatus.Processed, submission.Status);
        var patient = await db.Set<PatientProfile>().SingleAsync(p => p.Email == email);
        Assert.Equal((submission.PatientProfileId, uid, SourceChannel.MedicalQuestionnaire, (string?)null), (patient.Id, patient.BookingUid, patient.SourceChannel, patient.Phone));
        var background = await db.Set<MedicalBackground>().SingleAsync(b => b.PatientProfileId == patient.Id);
        Assert.Equal("latex", background.Data.GetProperty("allergies")[0].GetString());
        Assert.Equal(1, await db.Set<JourneyEvent>().CountAsync(e => e.PatientProfileId == patient.Id && e.EventType == "questionnaire_processed"));
    }

    [Fact]
    public async Task Two_new_bookings_of_one_patient_processed_at_once_make_one_profile()
    {
        var email = "twice-" + Guid.NewGuid().ToString("N") + "@patients.test";
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SubmitAsync($"twice-{i}-{Guid.NewGuid():N}", new { email })));
        Assert.All(answers, a => Assert.Equal("PROCESSED", Payload(a).GetProperty("status").GetString()));

        await using var db = graph.CreateContext();
        var patient = await db.Set<PatientProfile>().SingleAsync(p => p.Email == email);
        Assert.Equal(6, await db.Set<MedicalQuestionnaireSubmission>().CountAsync(s => s.PatientProfileId == patient.Id));
    }

    [Fact]
    public async Task The_same_booking_with_other_answers_is_refused_and_writes_nothing()
    {
        var uid = "other-" + Guid.NewGuid().ToString("N");
        Assert.Equal("PROCESSED", Payload(await SubmitAsync(uid, new { email = uid + "@patients.test", answer = 1 })).GetProperty("status").GetString());
        var before = await graph.OutboxCountAsync("nodeChanged:MedicalQuestionnaireSubmission");

        var refused = Payload(await SubmitAsync(uid, new { email = uid + "@patients.test", answer = 2 }));

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("status").ValueKind);
        var error = refused.GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "bookingUid"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(before, await graph.OutboxCountAsync("nodeChanged:MedicalQuestionnaireSubmission"));
        await using var db = graph.CreateContext();
        var row = await db.Set<MedicalQuestionnaireSubmission>().SingleAsync(s => s.BookingUid == uid);
        Assert.Equal(1, row.SubmissionData.GetProperty("answer").GetInt32());
    }

    [Fact]
    public async Task An_existing_patient_is_linked_by_contact()
    {
        var uid = "anna-again-" + Guid.NewGuid().ToString("N");
        Assert.Equal("PROCESSED", Payload(await SubmitAsync(uid, new { email = "ANNA.BERG@patients.demo.graph" })).GetProperty("status").GetString());

        await using var db = graph.CreateContext();
        var submission = await db.Set<MedicalQuestionnaireSubmission>().SingleAsync(s => s.BookingUid == uid);
        Assert.Equal(Graph.Persistence.Seeding.Demo.DemoIds.For("patient/anna"), submission.PatientProfileId);
    }

    [Fact]
    public async Task A_submission_that_names_nobody_fails_with_a_reason()
    {
        var uid = "nobody-" + Guid.NewGuid().ToString("N");
        Assert.Equal("FAILED", Payload(await SubmitAsync(uid, new { firstName = "Anonymous" })).GetProperty("status").GetString());

        var admin = await graph.RunAsync("""
            query($uid: String!) { medicalQuestionnaireSubmissions(where: { bookingUid: { eq: $uid } }) { nodes { status failureReason processedAt patientProfile { id } } } }
            """, Vars(new { uid }));
        var row = admin.GetProperty("medicalQuestionnaireSubmissions").GetProperty("nodes")[0];
        Assert.Equal("FAILED", row.GetProperty("status").GetString());
        Assert.Contains("email", row.GetProperty("failureReason").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("patientProfile").ValueKind);
    }

    [Theory]
    [InlineData("bad uid!", "{\"email\":\"a@b.c\"}", "bookingUid")]
    [InlineData("ok-uid-array", "[1,2]", "submissionData")]
    [InlineData("ok-uid-big", null, "submissionData")]
    public async Task Bad_input_is_a_validation_error(string uid, string? json, string field)
    {
        var data = json is null
            ? JsonSerializer.SerializeToElement(new { email = "big@x.y", notes = new string('x', new QuestionnaireIntakeOptions().MaxSubmissionBytes) })
            : JsonDocument.Parse(json).RootElement;
        var payload = Payload(await SubmitAsync(uid, data));
        Assert.Equal(field, payload.GetProperty("errors")[0].GetProperty("field").GetString());
        await using var db = graph.CreateContext();
        Assert.False(await db.Set<MedicalQuestionnaireSubmission>().AnyAsync(s => s.BookingUid == uid));
    }

    [Fact]
    public async Task A_client_over_its_limit_is_refused_while_others_go_on()
    {
        var limit = new QuestionnaireIntakeOptions().PermitsPerWindow;
        var client = "192.0.2." + Interlocked.Increment(ref _clients);
        var answers = await Task.WhenAll(Enumerable.Range(0, limit + 3).Select(i => SubmitAsync($"limit-{i}-{Guid.NewGuid():N}", new { firstName = "x" }, client)));

        var limited = answers.Where(a => a.TryGetProperty("errors", out _)).ToList();
        Assert.Equal(3, limited.Count);
        Assert.All(limited, a => Assert.Equal("RATE_LIMITED", a.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
        Assert.False((await SubmitAsync("limit-other-" + Guid.NewGuid().ToString("N"), new { firstName = "y" })).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_read_submissions_back()
    {
        var id = Graph.Schema.Relay.NodeId.Format(nameof(MedicalQuestionnaireSubmission), Graph.Persistence.Seeding.Demo.DemoIds.For("submission/anna"));
        var response = await graph.ExecuteAsAsync(null, "query($id: ID!) { medicalQuestionnaireSubmissions { totalCount nodes { submissionData } } node(id: $id) { id } }", Vars(new { id }));

        var data = response.GetProperty("data");
        Assert.Equal(0, data.GetProperty("medicalQuestionnaireSubmissions").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Marketing, false)]
    public async Task Submission_data_is_medical_data(Role role, bool reads)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), """
            { medicalQuestionnaireSubmissions(where: { bookingUid: { eq: "demo-booking-anna" } }) { nodes { status submissionData } } }
            """);
        var node = response.GetProperty("data").GetProperty("medicalQuestionnaireSubmissions").GetProperty("nodes")[0];
        Assert.Equal("PROCESSED", node.GetProperty("status").GetString());
        Assert.Equal(reads, node.GetProperty("submissionData").ValueKind == JsonValueKind.Object);
        Assert.Equal(!reads, response.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Admin_processes_a_submission_left_pending_and_it_is_processed_once()
    {
        var id = Graph.Schema.Relay.NodeId.Format(nameof(MedicalQuestionnaireSubmission), Graph.Persistence.Seeding.Demo.DemoIds.For("submission/pending"));
        const string Process = "mutation($id: ID!) { processMedicalQuestionnaireSubmission(input: { submissionId: $id }) { submission { status patientProfile { email } } errors { __typename } } }";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => graph.RunAsync(Process, Vars(new { id }))));

        Assert.All(answers, a => Assert.Equal("PROCESSED", a.GetProperty("processMedicalQuestionnaireSubmission").GetProperty("submission").GetProperty("status").GetString()));
        await using var db = graph.CreateContext();
        Assert.Equal(1, await db.Set<PatientProfile>().CountAsync(p => p.Email == "pending@questionnaire.demo.graph"));
        var marketing = await graph.ExecuteAsAsync(Callers.As(Role.Marketing), Process, Vars(new { id }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", marketing.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    internal static IReadOnlyDictionary<string, object?> Vars(object value) =>
        Graph.Engine.Execution.JsonValues.ObjectFromJsonElement(JsonSerializer.SerializeToElement(value))!;
}
