namespace Graph.Persistence.Care;

/// <summary>A consultation is scheduled, then held (completed), called off (cancelled) or missed (no show).</summary>
public enum ConsultationStatus
{
    Scheduled,
    Completed,
    Cancelled,
    NoShow,
}
