using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

public sealed record UpdateStudentGoalStatusInput([property: ID] string StudentGoalId, GoalStatus Status);

public sealed class UpdateStudentGoalStatusPayload
{
    public StudentGoal? StudentGoal { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class StudentGoalStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<StudentGoal, GoalStatus> Status { get; } = new(
        "StudentGoal", StudentGoalStatusSubscriptions.Field, StudentGoalTransitions.Table, x => x.Status, (x, status, _) => x.Status = status);

    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Moves a goal on: ACTIVE to ACHIEVED or ABANDONED, ABANDONED back to ACTIVE. A TEACHER moves only the goals they set.")]
    public async Task<UpdateStudentGoalStatusPayload> UpdateStudentGoalStatus(
        UpdateStudentGoalStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (studentGoal, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.StudentGoalId, input.Status, cancellationToken);
        return new UpdateStudentGoalStatusPayload { StudentGoal = studentGoal, Errors = error is null ? null : [error] };
    }
}
