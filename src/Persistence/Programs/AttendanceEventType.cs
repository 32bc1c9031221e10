namespace Graph.Persistence.Programs;

public enum AttendanceEventType
{
    CenterCheckIn,
    CenterCheckOut,

    /// <summary>Against a lesson (seed 000's therapy session).</summary>
    SessionCheckIn,
}
