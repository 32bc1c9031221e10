namespace Graph.Persistence.Care;

/// <summary>A questionnaire submission is received (submitted), then processed into a patient profile or failed.</summary>
public enum SubmissionStatus
{
    Submitted,
    Processed,
    Failed,
}
