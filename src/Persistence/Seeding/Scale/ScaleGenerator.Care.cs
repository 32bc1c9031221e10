using System.Text.Json;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private static readonly string[] Procedures = ["rhinoplasty", "knee replacement", "dental implant", "hair transplant", "cataract surgery", "ivf"];

    private static readonly string[] JourneySteps = ["page_view", "procedure_viewed", "questionnaire_started", "consultation_requested", "lead_status_changed"];

    private Guid[] _scalePatientIds = [];

    /// <summary>Questionnaire submissions and the patient profiles the processed ones made (order 400; seed 004).</summary>
    [ScaleTables(400, "patient_profiles", "medical_questionnaire_submissions")]
    private void WriteQuestionnaireSubmissions(Npgsql.NpgsqlConnection connection)
    {
        var count = _plan.QuestionnaireSubmissions;
        var submissions = new (Guid Id, DateTimeOffset Created, string Status, int Patient)[count];
        var patients = new List<(Guid Id, DateTimeOffset Created, int Submission)>(count);
        for (var i = 0; i < count; i++)
        {
            var created = Slot(_start, History, i, count);
            var roll = _random.NextDouble();
            var status = roll < 0.8 ? "PROCESSED" : roll < 0.9 ? "FAILED" : "SUBMITTED";
            var patient = -1;
            if (status == "PROCESSED")
            {
                patient = patients.Count;
                patients.Add((IdAt(created + TimeSpan.FromSeconds(1)), created + TimeSpan.FromSeconds(1), i));
            }

            submissions[i] = (IdAt(created), created, status, patient);
        }

        using (var profiles = Copy(connection, "patient_profiles",
                   "id, first_name, last_name, email, phone, booking_uid, source_channel, created_at, updated_at"))
        {
            foreach (var (id, created, submission) in patients)
            {
                var (first, last) = NameOf(submission, 11);
                profiles.StartRow();
                profiles.Uuid(id);
                profiles.Text(FirstNames[first]);
                profiles.Text(LastNames[last]);
                profiles.Text($"{FirstNamesLower[first]}.{LastNamesLower[last]}.q{submission}.{_runTag}@patients.scale.graph");
                profiles.Text(Chance(0.5) ? $"+1444{submission:D7}" : null);
                profiles.Text($"scale-{_runTag}-{submission}");
                profiles.Text("MEDICAL_QUESTIONNAIRE");
                profiles.Timestamp(created);
                profiles.Timestamp(created);
            }

            Done("patient_profiles", profiles);
        }

        _scalePatientIds = [.. patients.Select(p => p.Id)];
        using var rows = Copy(connection, "medical_questionnaire_submissions",
            "id, booking_uid, patient_profile_id, submission_data, status, failure_reason, processed_at, created_at, updated_at");
        for (var i = 0; i < count; i++)
        {
            var (id, created, status, patient) = submissions[i];
            var (first, last) = NameOf(i, 11);
            var data = status == "FAILED"
                ? new Dictionary<string, object?> { ["firstName"] = FirstNames[first], ["procedure"] = Pick(Procedures) }
                : new Dictionary<string, object?>
                {
                    ["email"] = $"{FirstNamesLower[first]}.{LastNamesLower[last]}.q{i}.{_runTag}@patients.scale.graph",
                    ["firstName"] = FirstNames[first],
                    ["lastName"] = LastNames[last],
                    ["procedure"] = Pick(Procedures),
                    ["medicalBackground"] = new Dictionary<string, object?> { ["smoker"] = Chance(0.2), ["allergies"] = Chance(0.3) ? new[] { "penicillin" } : [] },
                };
            var processedAt = status == "SUBMITTED" ? (DateTimeOffset?)null : created + TimeSpan.FromSeconds(1);
            rows.StartRow();
            rows.Uuid(id);
            rows.Text($"scale-{_runTag}-{i}");
            rows.Uuid(patient >= 0 ? patients[patient].Id : Guid.Empty);
            rows.Json(JsonSerializer.Serialize(data));
            rows.Text(status);
            rows.Text(status == "FAILED" ? "The questionnaire names no `email` or `phone` to identify the patient." : null);
            rows.Timestamp(processedAt);
            rows.Timestamp(created);
            rows.Timestamp(processedAt ?? created);
        }

        Done("medical_questionnaire_submissions", rows);
    }

    /// <summary>Journey events of the scale patients, leads and anonymous sessions (order 410; seed 004).</summary>
    [ScaleTables(410, "patient_journey_events")]
    private void WriteJourneyEvents(Npgsql.NpgsqlConnection connection)
    {
        var count = _plan.JourneyEvents;
        using var events = Copy(connection, "patient_journey_events",
            "id, patient_profile_id, lead_id, event_type, event_data, source, session_id, created_at, updated_at");
        for (var i = 0; i < count; i++)
        {
            var created = Slot(_start, History, i, count);
            var roll = _random.NextDouble();
            var patient = roll < 0.4 && _scalePatientIds.Length > 0 ? _scalePatientIds[_random.Next(_scalePatientIds.Length)] : Guid.Empty;
            var lead = patient == Guid.Empty && roll < 0.7 ? _leadIds[_random.Next(_leadIds.Length)] : Guid.Empty;
            var type = lead != Guid.Empty ? "lead_status_changed" : Pick(JourneySteps[..4]);
            events.StartRow();
            events.Uuid(IdAt(created));
            events.Uuid(patient);
            events.Uuid(lead);
            events.Text(type);
            events.Json(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["path"] = "/procedures/" + Pick(Procedures).Replace(' ', '-'),
                ["utm_source"] = Pick(["google", "facebook", "instagram", "newsletter"]),
            }));
            events.Text(lead != Guid.Empty ? "platform" : "web");
            events.Text(patient == Guid.Empty && lead == Guid.Empty ? $"sess-{_runTag}-{i / 5}" : null);
            events.Timestamp(created);
            events.Timestamp(created);
        }

        Done("patient_journey_events", events);
    }
}
