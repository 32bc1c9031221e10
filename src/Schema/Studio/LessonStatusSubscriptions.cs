using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("A lesson moved to another status.")]
public sealed class LessonStatusChangedEvent
{
    [GraphQLDescription("The lesson as it is now.")]
    public required Lesson Lesson { get; init; }

    public LessonStatus PreviousStatus { get; init; }

    public LessonStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class LessonStatusSubscriptions
{
    public const string Field = "lessonStatusChanged";

    [GraphQLDescription("Status changes of one lesson, or of every lesson the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<LessonStatusChangedEvent>> LessonStatusChanged(IResolverContext context, [ID] string? lessonId = null) =>
        StatusChangeStream.SubscribeAsync<Lesson, LessonStatusChangedEvent>(context, Field, "Lesson", lessonId, static (lesson, change) => new()
        {
            Lesson = lesson,
            PreviousStatus = StatusTransitions<LessonStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<LessonStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
