namespace Graph.Persistence.Studio;

/// <summary>A goal is worked on until achieved or abandoned.</summary>
public enum GoalStatus
{
    Active,
    Achieved,
    Abandoned,
}
