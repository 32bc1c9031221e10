using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

public sealed record UpdateBookingItemStatusInput([property: ID] string BookingItemId, BookingItemStatus Status);

public sealed class UpdateBookingItemStatusPayload
{
    public BookingItem? BookingItem { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class BookingItemStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<BookingItem, BookingItemStatus> Status { get; } = new(
        "BookingItem", BookingItemStatusSubscriptions.Field, BookingItemTransitions.Table, i => i.Status, (i, status, _) => i.Status = status);

    [Authorize(Roles = ["ADMIN", "LAB_TECH", "COLLECTOR"])]
    [GraphQLDescription("Moves a booking item along PENDING → COLLECTED → PROCESSING → COMPLETED.")]
    public async Task<UpdateBookingItemStatusPayload> UpdateBookingItemStatus(
        UpdateBookingItemStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (item, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.BookingItemId, input.Status, cancellationToken);
        return new UpdateBookingItemStatusPayload { BookingItem = item, Errors = error is null ? null : [error] };
    }
}
