using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Diagnostics.BookingItemStatus;

namespace Graph.Schema.Diagnostics;

/// <summary>An item's sample is collected, processed, then completed, in that order; a completed item is final.</summary>
public static class BookingItemTransitions
{
    public static StatusTransitions<BookingItemStatus> Table { get; } = new StatusTransitions<BookingItemStatus>()
        .From(Pending, Collected)
        .From(Collected, Processing)
        .From(Processing, Completed)
        .From(Completed);
}
