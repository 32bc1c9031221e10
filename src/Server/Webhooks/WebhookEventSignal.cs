using Graph.Persistence.Outbox;

namespace Graph.Server.Webhooks;

/// <summary>Wakes the deriver when an outbox event is announced (by NOTIFY, from any server), so deliveries follow at once.</summary>
public sealed class WebhookEventSignal(WebhookSignals signals) : IOutboxEventSink
{
    public ValueTask PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        signals.Events.Set();
        return ValueTask.CompletedTask;
    }
}
