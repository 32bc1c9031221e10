namespace Graph.Persistence.Studio;

/// <summary>A lesson is scheduled, then given (in progress, completed), or called off (cancelled, with a reason) or missed (no show).</summary>
public enum LessonStatus
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
    NoShow,
}
