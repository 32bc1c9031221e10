using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Care;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Care;

[GraphQLDescription("A consultation moved to another status.")]
public sealed class ConsultationStatusChangedEvent
{
    [GraphQLDescription("The consultation as it is now.")]
    public required Consultation Consultation { get; init; }

    public ConsultationStatus PreviousStatus { get; init; }

    public ConsultationStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class ConsultationStatusSubscriptions
{
    public const string Field = "consultationStatusChanged";

    [GraphQLDescription("Status changes of one consultation, or of every consultation the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<ConsultationStatusChangedEvent>> ConsultationStatusChanged(IResolverContext context, [ID] string? consultationId = null) =>
        StatusChangeStream.SubscribeAsync<Consultation, ConsultationStatusChangedEvent>(context, Field, "Consultation", consultationId, static (consultation, change) => new()
        {
            Consultation = consultation,
            PreviousStatus = StatusTransitions<ConsultationStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<ConsultationStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
