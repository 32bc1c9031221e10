using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("A room reservation moved to another status.")]
public sealed class RoomReservationStatusChangedEvent
{
    [GraphQLDescription("The room reservation as it is now.")]
    public required RoomReservation RoomReservation { get; init; }

    public ReservationStatus PreviousStatus { get; init; }

    public ReservationStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class RoomReservationStatusSubscriptions
{
    public const string Field = "roomReservationStatusChanged";

    [GraphQLDescription("Status changes of one room reservation, or of every room reservation the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<RoomReservationStatusChangedEvent>> RoomReservationStatusChanged(IResolverContext context, [ID] string? roomReservationId = null) =>
        StatusChangeStream.SubscribeAsync<RoomReservation, RoomReservationStatusChangedEvent>(context, Field, "RoomReservation", roomReservationId, static (node, change) => new()
        {
            RoomReservation = node,
            PreviousStatus = StatusTransitions<ReservationStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<ReservationStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
