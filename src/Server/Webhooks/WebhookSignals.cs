namespace Graph.Server.Webhooks;

/// <summary>The webhook loops' signals: new outbox events (to derive) and new deliveries (to send).</summary>
public sealed class WebhookSignals
{
    public WakeSignal Events { get; } = new();

    public WakeSignal Deliveries { get; } = new();
}
