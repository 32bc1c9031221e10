using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.ReservationStatus;

namespace Graph.Schema.Studio;

/// <summary>A requested reservation is confirmed or cancelled; a confirmed one is used, missed or cancelled.</summary>
public static class RoomReservationTransitions
{
    public static StatusTransitions<ReservationStatus> Table { get; } = new StatusTransitions<ReservationStatus>()
        .From(Pending, Confirmed, Cancelled)
        .From(Confirmed, Completed, NoShow, Cancelled)
        .From(Completed)
        .From(NoShow)
        .From(Cancelled);
}
