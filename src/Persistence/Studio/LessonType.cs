namespace Graph.Persistence.Studio;

/// <summary>How a lesson is given.</summary>
public enum LessonType
{
    Private,
    Group,
    Ensemble,
    Online,
}
