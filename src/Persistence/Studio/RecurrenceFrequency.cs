namespace Graph.Persistence.Studio;

/// <summary>How often a recurring pattern repeats: every week, every other week, or once a month on the same weekday.</summary>
public enum RecurrenceFrequency
{
    Weekly,
    Biweekly,
    Monthly,
}
