using Graph.Persistence.Migrations;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Microsoft.Extensions.Options;

namespace Graph.Server.Webhooks;

/// <summary>
/// Sends due deliveries: <see cref="WebhookOptions.Workers"/> loops, each claiming a batch (locked, so no other
/// worker of any server sends it meanwhile), POSTing it concurrently, and committing every attempt and outcome.
/// </summary>
public sealed class WebhookDeliveryWorker(
    WebhookDeliveryQueue queue,
    WebhookSender sender,
    WebhookSignals signals,
    MigratedGate gate,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger) : WebhookLoop(options.Value, gate, logger)
{
    private readonly WebhookRetryPolicy _policy = new(options.Value, Random.Shared.NextDouble);

    protected override WakeSignal Wake => signals.Deliveries;

    protected override int Loops => Options.Workers;

    /// <summary>Sends one batch of due deliveries; answers how many it sent.</summary>
    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var batch = await queue.ClaimAsync(Options.BatchSize, cancellationToken);
        if (batch.Deliveries.Count == 0)
            return 0;
        var responses = await Task.WhenAll(batch.Deliveries.Select(d => sender.SendAsync(d, cancellationToken)));
        for (var i = 0; i < responses.Length; i++)
        {
            var delivery = batch.Deliveries[i];
            var outcome = _policy.Decide(delivery, responses[i]);
            await batch.RecordAsync(delivery, responses[i].Attempt, outcome, Options.DisableAfter, cancellationToken);
            if (outcome.Verdict != DeliveryVerdict.Succeeded)
            {
                logger.LogInformation("Webhook delivery {Delivery} attempt {Attempt}: {Status} {Error}; {Verdict}",
                    delivery.Id, delivery.AttemptCount + 1, responses[i].Attempt.StatusCode, responses[i].Attempt.Error, outcome.Verdict);
            }
        }

        await batch.CommitAsync(cancellationToken);
        return responses.Length;
    }
}
