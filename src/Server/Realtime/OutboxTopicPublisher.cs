using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;

namespace Graph.Server.Realtime;

/// <summary>Publishes each committed outbox event on the topic bus under its topic, as the <see cref="OutboxEvent"/> itself.</summary>
public sealed class OutboxTopicPublisher(ITopicEventSender sender) : IOutboxEventSink
{
    public ValueTask PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken) =>
        sender.SendAsync(outboxEvent.Topic, outboxEvent, cancellationToken);
}
