using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

[GraphQLDescription("An enrollment moved to another status.")]
public sealed class EnrollmentStatusChangedEvent
{
    [GraphQLDescription("The enrollment as it is now.")]
    public required Enrollment Enrollment { get; init; }

    public EnrollmentStatus PreviousStatus { get; init; }

    public EnrollmentStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class EnrollmentStatusSubscriptions
{
    public const string Field = "enrollmentStatusChanged";

    [GraphQLDescription("Status changes of one enrollment, or of every enrollment the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<EnrollmentStatusChangedEvent>> EnrollmentStatusChanged(IResolverContext context, [ID] string? enrollmentId = null) =>
        StatusChangeStream.SubscribeAsync<Enrollment, EnrollmentStatusChangedEvent>(context, Field, "Enrollment", enrollmentId, static (enrollment, change) => new()
        {
            Enrollment = enrollment,
            PreviousStatus = StatusTransitions<EnrollmentStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<EnrollmentStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
