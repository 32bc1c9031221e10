using Graph.Persistence.Migrations;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Microsoft.Extensions.Options;

namespace Graph.Server.Webhooks;

/// <summary>
/// Makes the deliveries of new outbox events: each event is matched to the enabled webhooks listening to its topic,
/// and each webhook's document is run for it as the webhook's owner (<see cref="WebhookDocuments"/>); an event the
/// document produces no response for (a node the owner may not see) is not delivered to that webhook.
/// </summary>
public sealed class WebhookEventDeriver(
    WebhookEventDerivation derivation,
    WebhookDocuments documents,
    WebhookSignals signals,
    MigratedGate gate,
    IOptions<WebhookOptions> options,
    ILogger<WebhookEventDeriver> logger) : WebhookLoop(options.Value, gate, logger)
{
    protected override WakeSignal Wake => signals.Events;

    /// <summary>Derives one batch; answers how many events it took.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var (events, deliveries) = await derivation.DeriveAsync(
            Options.DeriveBatchSize,
            (outboxEvent, target, ct) => documents.ExecuteAsync(target.Subscription, target.OwnerId, target.OwnerRoles, outboxEvent, ct),
            cancellationToken);
        if (deliveries > 0)
            signals.Deliveries.Set();
        return events;
    }
}
