using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

[GraphQLDescription("A booking moved to another status.")]
public sealed class BookingStatusChangedEvent
{
    [GraphQLDescription("The booking as it is now.")]
    public required Booking Booking { get; init; }

    public BookingStatus PreviousStatus { get; init; }

    public BookingStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class BookingStatusSubscriptions
{
    public const string Field = "bookingStatusChanged";

    [GraphQLDescription("Status changes of one booking, or of every booking the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<BookingStatusChangedEvent>> BookingStatusChanged(IResolverContext context, [ID] string? bookingId = null) =>
        StatusChangeStream.SubscribeAsync<Booking, BookingStatusChangedEvent>(context, Field, "Booking", bookingId, static (booking, change) => new()
        {
            Booking = booking,
            PreviousStatus = StatusTransitions<BookingStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<BookingStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
