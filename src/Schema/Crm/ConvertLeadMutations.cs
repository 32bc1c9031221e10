using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Crm;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.Programs;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Crm;

public sealed record ConvertLeadInput(
    [property: ID] string LeadId,
    [property: ID] string ProgramId,
    PlanType PlanType,
    decimal ContractValue,
    [property: GraphQLDescription("The number of monthly installments of a SPLIT plan (2 to 120); 1 or left out for PIF.")] int? InstallmentCount = null,
    [property: GraphQLDescription("The first day of the enrollment and the first due date; today (UTC) when left out.")] DateOnly? StartDate = null,
    [property: ID, GraphQLDescription("The team member credited with the close. SALES enroll only deals they close or set: for them it defaults to their own team member.")] string? CloserId = null,
    [property: ID, GraphQLDescription("The team member credited with setting the call.")] string? SetterId = null,
    [property: GraphQLDescription("How many days the enrollment may be frozen (0 when left out).")] int? FreezeDaysAllowed = null);

public sealed class ConvertLeadPayload
{
    public Lead? Lead { get; init; }

    public Student? Student { get; init; }

    public Enrollment? Enrollment { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static ConvertLeadPayload Failed(IMutationError error) => new() { Errors = [error] };
}

/// <summary>
/// A lead becomes a student: in one transaction, the lead row locked first (so a lead converts once however many
/// conversions race), the student (the lead's subject, e.g. the child of seed 000, else the contact; the existing
/// profile of the lead's account when it has one), the enrollment and its installment schedule, and the lead CONVERTED
/// and linked. Any refusal or failure writes nothing.
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class ConvertLeadMutations
{
    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Converts a lead: creates the student, the enrollment and its installment schedule (PIF: one installment; SPLIT: monthly, summing exactly to the contract value), and marks the lead CONVERTED.")]
    public async Task<ConvertLeadPayload> ConvertLead(
        ConvertLeadInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.LeadId, "Lead", out var leadKey))
            return ConvertLeadPayload.Failed(NotFoundError.For("Lead", input.LeadId));
        var (terms, refusal) = await NewEnrollment.CheckAsync(
            db, input.ProgramId, input.PlanType, input.ContractValue, input.InstallmentCount, input.CloserId, input.SetterId, input.FreezeDaysAllowed, cancellationToken);
        if (refusal is not null)
            return ConvertLeadPayload.Failed(refusal);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lead = await LockedRows.FindForUpdateAsync<Lead>(db, leadKey, cancellationToken);
        if (lead is null)
            return ConvertLeadPayload.Failed(NotFoundError.For("Lead", input.LeadId));
        var previous = lead.Status;
        if (lead.ConvertedStudentId is not null || !LeadTransitions.Table.Allows(previous, LeadStatus.Converted))
            return ConvertLeadPayload.Failed(LeadTransitions.Table.Refusal("Lead", previous, LeadStatus.Converted));

        var now = DateTimeOffset.UtcNow;
        var start = input.StartDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        var events = new List<(string Topic, object Payload)>();
        var student = lead.UserId is { } userId ? await db.Set<Student>().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken) : null;
        if (student is null)
        {
            if (NewStudent(lead, start) is not { } created)
                return ConvertLeadPayload.Failed(new ValidationError("The lead has neither a subject nor a contact name to give the student.", "leadId"));
            student = created;
            db.Add(student);
            events.Add(new NodeChange(ChangeOperation.Created, "Student", student.Id, ["firstName", "lastName", "convertedFromLead"], now).Event);
        }

        var enrollment = NewEnrollment.Add(db, events, student.Id, terms!, start, null, now);

        lead.Status = LeadStatus.Converted;
        lead.ConvertedAt = now;
        lead.ConvertedStudentId = student.Id;
        var change = new StatusChange(leadKey, StatusTransitions<LeadStatus>.Name(previous), StatusTransitions<LeadStatus>.Name(LeadStatus.Converted), now);
        events.Add(change.Event(LeadStatusSubscriptions.Field));
        events.Add(change.NodeChange("Lead", "convertedStudent", "convertedAt"));

        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new ConvertLeadPayload { Lead = lead, Student = student, Enrollment = enrollment };
    }

    /// <summary>The student a lead becomes: its subject when it is about someone else (seed 000's child, with the
    /// contact as emergency contact), else the contact; null when the lead names nobody.</summary>
    private static Student? NewStudent(Lead lead, DateOnly start)
    {
        var contact = string.Join(' ', new[] { lead.FirstName, lead.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var (first, last) = !string.IsNullOrWhiteSpace(lead.SubjectName)
            ? Split(lead.SubjectName)
            : (lead.FirstName, lead.LastName);
        if (string.IsNullOrWhiteSpace(first))
            return null;
        var isSubject = !string.IsNullOrWhiteSpace(lead.SubjectName);
        return new Student
        {
            Id = Guid.CreateVersion7(),
            UserId = isSubject ? null : lead.UserId,
            FirstName = first,
            LastName = last,
            Email = isSubject ? null : lead.Email,
            Phone = isSubject ? null : lead.Phone,
            DateOfBirth = isSubject ? lead.SubjectDateOfBirth : null,
            EmergencyContactName = isSubject && contact.Length > 0 ? contact : null,
            EmergencyContactPhone = isSubject ? lead.Phone : null,
            EnrollmentDate = start,
            ConvertedFromLeadId = lead.Id,
        };
    }

    private static (string First, string? Last) Split(string name)
    {
        var parts = name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
