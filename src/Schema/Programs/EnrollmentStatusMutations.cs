using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

public sealed record UpdateEnrollmentStatusInput([property: ID] string EnrollmentId, EnrollmentStatus Status);

public sealed class UpdateEnrollmentStatusPayload
{
    public Enrollment? Enrollment { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class EnrollmentStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Enrollment, EnrollmentStatus> Status { get; } = new(
        "Enrollment", EnrollmentStatusSubscriptions.Field, EnrollmentTransitions.Manual, e => e.Status, (e, status, _) => e.Status = status);

    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Completes or cancels an enrollment (freezing is freezeEnrollment, thawing resumeEnrollment).")]
    public async Task<UpdateEnrollmentStatusPayload> UpdateEnrollmentStatus(
        UpdateEnrollmentStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (enrollment, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.EnrollmentId, input.Status, cancellationToken);
        return new UpdateEnrollmentStatusPayload { Enrollment = enrollment, Errors = error is null ? null : [error] };
    }
}
