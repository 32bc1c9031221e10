namespace Graph.Persistence.Diagnostics;

public enum BookingStatus
{
    Pending,
    Confirmed,
    SampleCollected,
    Processing,
    Completed,
    Cancelled,
}
