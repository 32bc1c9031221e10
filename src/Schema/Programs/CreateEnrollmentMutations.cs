using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Programs;

public sealed record CreateEnrollmentInput(
    [property: ID, GraphQLDescription("The student who enrolls.")] string StudentId,
    [property: ID] string ProgramId,
    [property: GraphQLDescription("The enrollment's total value.")] decimal ContractValue,
    [property: GraphQLDescription("PIF (paid in full, the default) or SPLIT (installments).")] PlanType? PlanType = null,
    [property: GraphQLDescription("The number of monthly installments of a SPLIT plan (2 to 120); 1 or left out for PIF.")] int? InstallmentCount = null,
    [property: GraphQLDescription("The first day of the enrollment and the first due date; today (UTC) when left out.")] DateOnly? StartDate = null,
    [property: GraphQLDescription("The last day; the start plus the program's weeks when left out.")] DateOnly? EndDate = null,
    [property: ID, GraphQLDescription("The team member credited with the close. SALES enroll only deals they close or set: for them it defaults to their own team member.")] string? CloserId = null,
    [property: ID, GraphQLDescription("The team member credited with setting the call.")] string? SetterId = null,
    [property: GraphQLDescription("How many days the enrollment may be frozen (0 when left out).")] int? FreezeDaysAllowed = null);

public sealed class CreateEnrollmentPayload
{
    [GraphQLDescription("The Enrollment as it is now, with its installments; null when refused.")]
    public Enrollment? Enrollment { get; init; }

    [GraphQLDescription("Why the write was refused (nothing was written); null when it succeeded.")]
    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static CreateEnrollmentPayload Failed(IMutationError error) => new() { Errors = [error] };
}

/// <summary>
/// Enrolling an existing student (an upsell, a second program): the enrollment and its installment schedule in one
/// transaction, made by the same code as <c>convertLead</c>'s (<see cref="NewEnrollment"/>), so no enrollment is ever
/// without its schedule. It takes the place of the generated create (which knows no installment count).
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class CreateEnrollmentMutations
{
    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Enrolls a student in a program with its installment schedule (PIF: one installment of the contract value due at the start; SPLIT: monthly, summing exactly to the contract value), in one transaction.")]
    public async Task<CreateEnrollmentPayload> CreateEnrollment(
        CreateEnrollmentInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // Through the row rules: a student the caller cannot read is not found.
        if (!NodeKeys.TryParse(input.StudentId, "Student", out var studentKey)
            || !await db.Set<Student>().AnyAsync(s => s.Id == studentKey, cancellationToken))
            return CreateEnrollmentPayload.Failed(new ValidationError("`studentId` is not the ID of a Student the current user can see.", "studentId"));
        var (terms, refusal) = await NewEnrollment.CheckAsync(
            db, input.ProgramId, input.PlanType ?? PlanType.Pif, input.ContractValue, input.InstallmentCount, input.CloserId, input.SetterId, input.FreezeDaysAllowed, cancellationToken);
        if (refusal is not null)
            return CreateEnrollmentPayload.Failed(refusal);
        var now = DateTimeOffset.UtcNow;
        var start = input.StartDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (input.EndDate < start)
            return CreateEnrollmentPayload.Failed(new ValidationError("The end date is before the start date.", "endDate"));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var events = new List<(string Topic, object Payload)>();
        var enrollment = NewEnrollment.Add(db, events, studentKey, terms!, start, input.EndDate, now);
        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new CreateEnrollmentPayload { Enrollment = enrollment };
    }
}
