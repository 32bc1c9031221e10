using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Care;

/// <summary>The outbox payload of a sent message, published under <c>messageReceived:{conversation key}</c>.</summary>
public sealed record MessageSent(Guid Id, Guid ConversationId)
{
    public (string Topic, object Payload) Event => (StatusChange.Topic(MessageSubscriptions.Field, ConversationId), this);
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class MessageSubscriptions
{
    public const string Field = "messageReceived";

    [GraphQLDescription("Messages sent in one conversation, or in every conversation of the caller when no ID is given. "
        + "Only participants hear a conversation: each message is read back as the subscriber.")]
    public async Task<IAsyncEnumerable<Message>> MessageReceived(IResolverContext context, [ID] string? conversationId = null)
    {
        var topic = Field;
        if (conversationId is not null)
        {
            if (!NodeKeys.TryParse(conversationId, nameof(Conversation), out var key))
                throw new GraphQLException(NodeErrors.InvalidId(conversationId, context, context.Path));
            topic = StatusChange.Topic(Field, key);
        }

        var stream = await StatusChangeStream.Service<ITopicEventReceiver>(context).SubscribeAsync<OutboxEvent>(topic, context.RequestAborted);
        return StatusChangeStream.ReadAsync<MessageSent, Message, Message>(
            stream, StatusChangeStream.Service<GraphDbContext>(context), m => m.Id, static (message, _) => message);
    }
}
