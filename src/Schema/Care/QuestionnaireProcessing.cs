using System.Globalization;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Care;

/// <summary>
/// Moves a submission from SUBMITTED to PROCESSED (linked to the live patient profile of its booking, else of its email
/// or phone, else a new one; its <c>medicalBackground</c> becomes the patient's when they have none; a journey event
/// recorded) or to FAILED with a reason, in one transaction. The submission is locked, so it is processed once; the
/// patient's contact is locked too (an advisory lock), so two bookings of one new patient make one profile.
/// </summary>
public static class QuestionnaireProcessing
{
    public static async Task<SubmissionStatus> ProcessAsync(GraphDbContext db, IEventOutbox outbox, Guid submissionId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var submission = await LockedRows.FindForUpdateAsync<MedicalQuestionnaireSubmission>(db, submissionId, cancellationToken, includeDeleted: true)
            ?? throw new InvalidOperationException($"Submission {submissionId} is gone.");
        if (submission.Status != SubmissionStatus.Submitted)
            return submission.Status;

        var at = DateTimeOffset.UtcNow;
        var events = new List<(string Topic, object Payload)>();
        var data = submission.SubmissionData;
        var contact = Contact.Read(data);
        if (contact.Problem is { } problem)
        {
            submission.Status = SubmissionStatus.Failed;
            submission.FailureReason = problem;
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"patient:" + (contact.Email ?? contact.Phone)}))", cancellationToken);
            var patient = await FindPatientAsync(db, submission.BookingUid, contact, cancellationToken);
            if (patient is null)
            {
                patient = new PatientProfile
                {
                    FirstName = contact.FirstName,
                    LastName = contact.LastName,
                    Email = contact.Email,
                    Phone = contact.Phone,
                    DateOfBirth = contact.DateOfBirth,
                    BookingUid = submission.BookingUid,
                    SourceChannel = SourceChannel.MedicalQuestionnaire,
                };
                db.Add(patient);
                events.Add(new NodeChange(ChangeOperation.Created, nameof(PatientProfile), patient.Id, ["firstName", "lastName", "email", "phone", "bookingUid"], at).Event);
            }

            if (data.TryGetProperty("medicalBackground", out var background) && background.ValueKind == JsonValueKind.Object
                && !await db.Set<MedicalBackground>().AnyAsync(b => b.PatientProfileId == patient.Id, cancellationToken))
            {
                var row = new MedicalBackground { PatientProfileId = patient.Id, Data = background.Clone() };
                db.Add(row);
                events.Add(new NodeChange(ChangeOperation.Created, nameof(MedicalBackground), row.Id, ["data"], at).Event);
            }

            submission.Status = SubmissionStatus.Processed;
            submission.PatientProfileId = patient.Id;
            events.Add(JourneyEvents.Record(db, new JourneyEvent
            {
                PatientProfileId = patient.Id,
                EventType = "questionnaire_processed",
                EventData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["bookingUid"] = submission.BookingUid }),
                Source = JourneyEvents.PlatformSource,
            }, at));
        }

        submission.ProcessedAt = at;
        events.Add(new NodeChange(ChangeOperation.Updated, nameof(MedicalQuestionnaireSubmission), submission.Id,
            ["status", "patientProfile", "failureReason", "processedAt"], at).Event);
        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return submission.Status;
    }

    private static async Task<PatientProfile?> FindPatientAsync(GraphDbContext db, string bookingUid, Contact contact, CancellationToken cancellationToken)
    {
        var profiles = db.Set<PatientProfile>();
        return await profiles.Where(p => p.BookingUid == bookingUid).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? (contact.Email is { } email
                ? await profiles.Where(p => p.Email != null && p.Email.ToLower() == email.ToLower()).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
                : null)
            ?? (contact.Phone is { } phone
                ? await profiles.Where(p => p.Phone == phone).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
                : null);
    }

    /// <summary>Who the submission is about, read from its top-level fields; <see cref="Problem"/> says why it cannot be told.</summary>
    private sealed record Contact(string? Email, string? Phone, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Problem)
    {
        public static Contact Read(JsonElement data)
        {
            var email = Text(data, "email");
            var phone = Text(data, "phone");
            DateOnly? born = null;
            if (Text(data, "dateOfBirth") is { } dateOfBirth)
            {
                if (!DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return new Contact(null, null, null, null, null, "`dateOfBirth` is not a date (YYYY-MM-DD).");
                born = date;
            }

            if (email is not null && (email.Length > 254 || !email.Contains('@')))
                return new Contact(null, null, null, null, null, "`email` is not an email address.");
            if (email is null && phone is null)
                return new Contact(null, null, null, null, null, "The questionnaire names no `email` or `phone` to identify the patient.");
            return new Contact(email, phone, Text(data, "firstName"), Text(data, "lastName"), born, null);
        }

        private static string? Text(JsonElement data, string name) =>
            data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;
    }
}
