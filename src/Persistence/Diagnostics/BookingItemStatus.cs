namespace Graph.Persistence.Diagnostics;

public enum BookingItemStatus
{
    Pending,
    Collected,
    Processing,
    Completed,
}
