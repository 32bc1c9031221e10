namespace Graph.Persistence.Studio;

/// <summary>A practice room reservation: requested, confirmed, then used (completed) or missed (no show); cancelled frees the slot.</summary>
public enum ReservationStatus
{
    Pending,
    Confirmed,
    Cancelled,
    Completed,
    NoShow,
}
