using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;
using Graph.Server.Telemetry;

namespace Graph.Server.Realtime;

/// <summary>
/// Publishes each committed outbox event on the topic bus under its topic, as the <see cref="OutboxEvent"/> itself.
/// A topic <c>field:key</c> (one node's events) is also published under <c>field</c>, for subscribers of every node.
/// </summary>
public sealed class OutboxTopicPublisher(ITopicEventSender sender) : IOutboxEventSink
{
    public async ValueTask PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        using var activity = GraphTelemetry.Source.StartActivity("Outbox Fan-out");
        activity?.SetTag("outbox.topic", outboxEvent.Topic);
        activity?.SetTag("outbox.sequence", outboxEvent.Sequence);
        await sender.SendAsync(outboxEvent.Topic, outboxEvent, cancellationToken);
        var field = OutboxTopics.FieldOf(outboxEvent.Topic);
        if (field != outboxEvent.Topic)
            await sender.SendAsync(field, outboxEvent, cancellationToken);
    }
}
