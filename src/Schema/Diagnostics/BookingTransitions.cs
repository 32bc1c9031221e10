using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Diagnostics.BookingStatus;

namespace Graph.Schema.Diagnostics;

/// <summary>Where a booking may go from each status. Completed and cancelled bookings stay as they are.</summary>
public static class BookingTransitions
{
    public static StatusTransitions<BookingStatus> Table { get; } = new StatusTransitions<BookingStatus>()
        .From(Pending, Confirmed, Cancelled)
        .From(Confirmed, SampleCollected, Cancelled)
        .From(SampleCollected, Processing, Cancelled)
        .From(Processing, Completed)
        .From(Completed)
        .From(Cancelled);
}
