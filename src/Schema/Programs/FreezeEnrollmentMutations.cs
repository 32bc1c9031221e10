using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Programs;

public sealed record FreezeEnrollmentInput([property: ID] string EnrollmentId, [property: GraphQLDescription("How many days to freeze, from today.")] int Days);

public sealed record ResumeEnrollmentInput([property: ID] string EnrollmentId);

public sealed class FreezeEnrollmentPayload
{
    public Enrollment? Enrollment { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static FreezeEnrollmentPayload Failed(IMutationError error) => new() { Errors = [error] };
}

[GraphQLDescription("The freeze asks for more days than the enrollment has left.")]
public sealed record FreezeAllowanceExceededError(string Message, int Requested, int Remaining) : IMutationError;

/// <summary>
/// Freeze days (seed 000): freezing counts the days against the allowance at once and moves the end date by them;
/// resuming before the freeze is over gives back the days not used and moves the end date back. Both lock the row,
/// so concurrent freezes cannot spend the same days twice (and a CHECK keeps the used days within the allowance).
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class FreezeEnrollmentMutations
{
    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Freezes an ACTIVE enrollment for some days: counts them against its freeze allowance and moves its end date by them.")]
    public async Task<FreezeEnrollmentPayload> FreezeEnrollment(
        FreezeEnrollmentInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (input.Days <= 0)
            return FreezeEnrollmentPayload.Failed(new ValidationError("A freeze lasts at least one day.", "days"));
        return await ChangeAsync(db, outbox, input.EnrollmentId, EnrollmentStatus.Frozen, cancellationToken, (enrollment, today) =>
        {
            var remaining = enrollment.FreezeDaysAllowed - enrollment.FreezeDaysUsed;
            if (input.Days > remaining)
                return new FreezeAllowanceExceededError($"Only {remaining} freeze days are left, not {input.Days}.", input.Days, remaining);
            enrollment.FreezeDaysUsed += input.Days;
            enrollment.EndDate = enrollment.EndDate?.AddDays(input.Days);
            (enrollment.FrozenOn, enrollment.FrozenUntil) = (today, today.AddDays(input.Days));
            return null;
        });
    }

    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Ends a freeze: the enrollment is ACTIVE again; the days of the freeze not yet passed go back to the allowance and off the end date.")]
    public Task<FreezeEnrollmentPayload> ResumeEnrollment(
        ResumeEnrollmentInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken) =>
        ChangeAsync(db, outbox, input.EnrollmentId, EnrollmentStatus.Active, cancellationToken, (enrollment, today) =>
        {
            var unused = enrollment.FrozenUntil is { } until && until > today ? until.DayNumber - today.DayNumber : 0;
            enrollment.FreezeDaysUsed -= unused;
            enrollment.EndDate = enrollment.EndDate?.AddDays(-unused);
            (enrollment.FrozenOn, enrollment.FrozenUntil) = (null, null);
            return null;
        });

    /// <summary>Locks the enrollment, asks the state machine, applies <paramref name="apply"/> (which may refuse), saves the
    /// row with its status events and commits.</summary>
    private static async Task<FreezeEnrollmentPayload> ChangeAsync(
        GraphDbContext db, IEventOutbox outbox, string id, EnrollmentStatus status, CancellationToken cancellationToken, Func<Enrollment, DateOnly, IMutationError?> apply)
    {
        if (!NodeKeys.TryParse(id, "Enrollment", out var key))
            return FreezeEnrollmentPayload.Failed(NotFoundError.For("Enrollment", id));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var enrollment = await LockedRows.FindForUpdateAsync<Enrollment>(db, key, cancellationToken);
        if (enrollment is null)
            return FreezeEnrollmentPayload.Failed(NotFoundError.For("Enrollment", id));
        var previous = enrollment.Status;
        if (!EnrollmentTransitions.Table.Allows(previous, status))
            return FreezeEnrollmentPayload.Failed(EnrollmentTransitions.Table.Refusal("Enrollment", previous, status));

        var now = DateTimeOffset.UtcNow;
        if (apply(enrollment, DateOnly.FromDateTime(now.UtcDateTime)) is { } refusal)
            return FreezeEnrollmentPayload.Failed(refusal);
        enrollment.Status = status;
        var change = new StatusChange(key, StatusTransitions<EnrollmentStatus>.Name(previous), StatusTransitions<EnrollmentStatus>.Name(status), now);
        var events = ChangeCommit.Announce(db, outbox,
            change.Event(EnrollmentStatusSubscriptions.Field), change.NodeChange("Enrollment", "freezeDaysUsed", "endDate", "frozenOn", "frozenUntil"));
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        return new FreezeEnrollmentPayload { Enrollment = enrollment };
    }
}
