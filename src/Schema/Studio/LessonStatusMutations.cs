using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Studio;

public sealed record UpdateLessonStatusInput(
    [property: ID] string LessonId,
    LessonStatus Status,
    [property: GraphQLDescription("Why the lesson is called off: required with CANCELLED, refused otherwise.")] string? CancellationReason = null);

public sealed class UpdateLessonStatusPayload
{
    public Lesson? Lesson { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class LessonStatusMutations
{
    /// <summary>The lesson's status field; <paramref name="reason"/> is written with a move to CANCELLED.</summary>
    [GraphQLIgnore]
    public static StatusField<Lesson, LessonStatus> Status(string? reason = null) => new(
        "Lesson", LessonStatusSubscriptions.Field, LessonTransitions.Table, l => l.Status, (lesson, status, at) =>
        {
            lesson.Status = status;
            if (status == LessonStatus.InProgress)
                lesson.ActualStart = at;
            if (status == LessonStatus.Completed)
                lesson.ActualEnd = at;
            if (status == LessonStatus.Cancelled)
                lesson.CancellationReason = reason;
        });

    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Moves a lesson on: SCHEDULED to IN_PROGRESS (stamps actualStart), CANCELLED (a reason required) or NO_SHOW; IN_PROGRESS to COMPLETED (stamps actualEnd). A TEACHER moves only their own lessons.")]
    public async Task<UpdateLessonStatusPayload> UpdateLessonStatus(
        UpdateLessonStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var reason = input.CancellationReason?.Trim();
        if (input.Status == LessonStatus.Cancelled && string.IsNullOrEmpty(reason))
            return new UpdateLessonStatusPayload { Errors = [new ValidationError("A cancelled lesson needs a `cancellationReason`.", "cancellationReason")] };
        if (input.Status != LessonStatus.Cancelled && reason is not null)
            return new UpdateLessonStatusPayload { Errors = [new ValidationError("A `cancellationReason` goes only with CANCELLED.", "cancellationReason")] };

        var (lesson, error) = await StatusMutation.ChangeAsync(Status(reason), db, outbox, input.LessonId, input.Status, cancellationToken);
        return new UpdateLessonStatusPayload { Lesson = lesson, Errors = error is null ? null : [error] };
    }
}
