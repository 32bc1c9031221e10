namespace Graph.Persistence.Outbox;

/// <summary>
/// Where committed outbox events go (the server registers one that publishes to the subscription topic bus).
/// Events arrive one at a time, in sequence order for events of one node.
/// </summary>
public interface IOutboxEventSink
{
    ValueTask PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken);
}
