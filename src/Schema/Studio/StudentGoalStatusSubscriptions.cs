using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("A student goal moved to another status.")]
public sealed class StudentGoalStatusChangedEvent
{
    [GraphQLDescription("The student goal as it is now.")]
    public required StudentGoal StudentGoal { get; init; }

    public GoalStatus PreviousStatus { get; init; }

    public GoalStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class StudentGoalStatusSubscriptions
{
    public const string Field = "studentGoalStatusChanged";

    [GraphQLDescription("Status changes of one student goal, or of every student goal the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<StudentGoalStatusChangedEvent>> StudentGoalStatusChanged(IResolverContext context, [ID] string? studentGoalId = null) =>
        StatusChangeStream.SubscribeAsync<StudentGoal, StudentGoalStatusChangedEvent>(context, Field, "StudentGoal", studentGoalId, static (node, change) => new()
        {
            StudentGoal = node,
            PreviousStatus = StatusTransitions<GoalStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<GoalStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
