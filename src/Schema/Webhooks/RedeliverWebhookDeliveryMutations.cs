using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Webhooks;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Webhooks;

public sealed record RedeliverWebhookDeliveryInput([property: ID] string DeliveryId);

public sealed class RedeliverWebhookDeliveryPayload
{
    public WebhookDelivery? Delivery { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class RedeliverWebhookDeliveryMutations
{
    [Authorize]
    [GraphQLDescription("Queues a delivery again (succeeded or failed alike), due now, with a fresh retry schedule and the same webhook-id.")]
    public async Task<RedeliverWebhookDeliveryPayload> RedeliverWebhookDelivery(
        RedeliverWebhookDeliveryInput input, [Service] GraphDbContext db, CancellationToken cancellationToken)
    {
        var delivery = NodeKeys.TryParse(input.DeliveryId, "WebhookDelivery", out var key)
            ? await db.Set<WebhookDelivery>().Include(d => d.Webhook).SingleOrDefaultAsync(d => d.Id == key, cancellationToken)
            : null;
        if (delivery is null)
            return new RedeliverWebhookDeliveryPayload { Errors = [NotFoundError.For("WebhookDelivery", input.DeliveryId)] };
        if (!delivery.Webhook.Enabled)
        {
            var webhookId = NodeId.Format("Webhook", delivery.WebhookId);
            return new RedeliverWebhookDeliveryPayload { Errors = [new WebhookDisabledError("The webhook is disabled; enable it before redelivering.", webhookId)] };
        }

        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.AttemptCount = 0;
        delivery.NextAttemptAt = DateTimeOffset.UtcNow;
        delivery.CompletedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return new RedeliverWebhookDeliveryPayload { Delivery = delivery };
    }
}
