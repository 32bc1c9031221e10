using Graph.Persistence.Care;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Care.ConsultationStatus;

namespace Graph.Schema.Care;

/// <summary>A scheduled consultation is held, called off or missed; each of those is final.</summary>
public static class ConsultationTransitions
{
    public static StatusTransitions<ConsultationStatus> Table { get; } = new StatusTransitions<ConsultationStatus>()
        .From(Scheduled, Completed, Cancelled, NoShow)
        .From(Completed)
        .From(Cancelled)
        .From(NoShow);
}
