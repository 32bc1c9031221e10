using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.LessonStatus;

namespace Graph.Schema.Studio;

/// <summary>A scheduled lesson starts, is called off or is missed; a started one is completed. Those ends are final.</summary>
public static class LessonTransitions
{
    public static StatusTransitions<LessonStatus> Table { get; } = new StatusTransitions<LessonStatus>()
        .From(Scheduled, InProgress, Cancelled, NoShow)
        .From(InProgress, Completed)
        .From(Completed)
        .From(Cancelled)
        .From(NoShow);
}
