using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Programs.EnrollmentStatus;

namespace Graph.Schema.Programs;

/// <summary>An active enrollment may be frozen and thawed; completed and cancelled ones are final.</summary>
public static class EnrollmentTransitions
{
    public static StatusTransitions<EnrollmentStatus> Table { get; } = new StatusTransitions<EnrollmentStatus>()
        .From(Active, Frozen, Completed, Cancelled)
        .From(Frozen, Active, Cancelled)
        .From(Completed)
        .From(Cancelled);

    /// <summary>The moves of <c>updateEnrollmentStatus</c>: freezing and thawing are <c>freezeEnrollment</c>'s and
    /// <c>resumeEnrollment</c>'s, which count the freeze days.</summary>
    public static StatusTransitions<EnrollmentStatus> Manual { get; } = Table.Without(Frozen).Without(Active);
}
