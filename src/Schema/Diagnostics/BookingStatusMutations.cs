using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

public sealed record UpdateBookingStatusInput([property: ID] string BookingId, BookingStatus Status);

public sealed class UpdateBookingStatusPayload
{
    public Booking? Booking { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class BookingStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Booking, BookingStatus> Status { get; } = new(
        "Booking", BookingStatusSubscriptions.Field, BookingTransitions.Table, b => b.Status, (b, status, _) => b.Status = status);

    [Authorize(Roles = ["ADMIN", "LAB_TECH", "COLLECTOR"])]
    [GraphQLDescription("Moves a booking to another status along its state machine.")]
    public async Task<UpdateBookingStatusPayload> UpdateBookingStatus(
        UpdateBookingStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (booking, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.BookingId, input.Status, cancellationToken);
        return new UpdateBookingStatusPayload { Booking = booking, Errors = error is null ? null : [error] };
    }
}
