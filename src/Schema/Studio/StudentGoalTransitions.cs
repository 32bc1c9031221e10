using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Studio.GoalStatus;

namespace Graph.Schema.Studio;

/// <summary>A goal is achieved or abandoned; an abandoned one may be taken up again.</summary>
public static class StudentGoalTransitions
{
    public static StatusTransitions<GoalStatus> Table { get; } = new StatusTransitions<GoalStatus>()
        .From(Active, Achieved, Abandoned)
        .From(Achieved)
        .From(Abandoned, Active);
}
