using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

/// <summary>
/// The outbox payload of a written notification, published under <c>notificationReceived:{user key}</c> by the
/// notifications table's trigger (migration 0019), whichever write made it.
/// </summary>
public sealed record NotificationWritten(Guid Id, Guid UserId);

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class NotificationSubscriptions
{
    public const string Field = "notificationReceived";

    [Authorize]
    [GraphQLDescription("The current user's notifications as the database writes them: a lesson scheduled or cancelled, an invoice sent, a checkout approved, a message from ADMIN.")]
    public async Task<IAsyncEnumerable<Notification>> NotificationReceived(IResolverContext context)
    {
        var topic = StatusChange.Topic(Field, Viewers.Of(context).UserId);
        var stream = await StatusChangeStream.Service<ITopicEventReceiver>(context).SubscribeAsync<OutboxEvent>(topic, context.RequestAborted);
        return StatusChangeStream.ReadAsync<NotificationWritten, Notification, Notification>(
            stream, StatusChangeStream.Service<GraphDbContext>(context), n => n.Id, static (notification, _) => notification);
    }
}
