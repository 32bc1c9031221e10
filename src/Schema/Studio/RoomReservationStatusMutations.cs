using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

public sealed record UpdateRoomReservationStatusInput([property: ID] string RoomReservationId, ReservationStatus Status);

public sealed class UpdateRoomReservationStatusPayload
{
    public RoomReservation? RoomReservation { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class RoomReservationStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<RoomReservation, ReservationStatus> Status { get; } = new(
        "RoomReservation", RoomReservationStatusSubscriptions.Field, RoomReservationTransitions.Table, x => x.Status, (x, status, _) => x.Status = status);

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Moves a reservation on: PENDING to CONFIRMED or CANCELLED; CONFIRMED to COMPLETED, NO_SHOW or CANCELLED. A cancelled one frees its slot.")]
    public async Task<UpdateRoomReservationStatusPayload> UpdateRoomReservationStatus(
        UpdateRoomReservationStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (roomReservation, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.RoomReservationId, input.Status, cancellationToken);
        return new UpdateRoomReservationStatusPayload { RoomReservation = roomReservation, Errors = error is null ? null : [error] };
    }
}
