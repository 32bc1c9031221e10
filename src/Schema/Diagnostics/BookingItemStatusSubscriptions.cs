using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

[GraphQLDescription("A booking item moved to another status.")]
public sealed class BookingItemStatusChangedEvent
{
    [GraphQLDescription("The item as it is now.")]
    public required BookingItem BookingItem { get; init; }

    public BookingItemStatus PreviousStatus { get; init; }

    public BookingItemStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class BookingItemStatusSubscriptions
{
    public const string Field = "bookingItemStatusChanged";

    [GraphQLDescription("Status changes of one booking item, or of every item the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<BookingItemStatusChangedEvent>> BookingItemStatusChanged(IResolverContext context, [ID] string? bookingItemId = null) =>
        StatusChangeStream.SubscribeAsync<BookingItem, BookingItemStatusChangedEvent>(context, Field, "BookingItem", bookingItemId, static (item, change) => new()
        {
            BookingItem = item,
            PreviousStatus = StatusTransitions<BookingItemStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<BookingItemStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
