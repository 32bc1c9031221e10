namespace Graph.Schema.Care;

/// <summary>Limits of <c>submitMedicalQuestionnaire</c> (configuration section <c>Care:Questionnaire</c>).</summary>
public sealed class QuestionnaireIntakeOptions
{
    public const string Section = "Care:Questionnaire";

    /// <summary>The largest <c>submissionData</c> accepted, in bytes of JSON.</summary>
    public int MaxSubmissionBytes { get; set; } = 64 * 1024;

    /// <summary>Submissions one client may make per <see cref="Window"/>.</summary>
    public int PermitsPerWindow { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
