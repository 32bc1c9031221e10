using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Microsoft.Extensions.Options;
using Npgsql;

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
    WebhookStartGate gate,
    IOptions<WebhookOptions> options,
    ILogger<WebhookEventDeriver> logger) : BackgroundService
{
    private readonly WebhookOptions _options = options.Value;

    /// <summary>Derives one batch; answers how many events it took.</summary>
    public async Task<int> DeriveOnceAsync(CancellationToken cancellationToken)
    {
        var (events, deliveries) = await derivation.DeriveAsync(
            _options.DeriveBatchSize,
            (outboxEvent, target, ct) => documents.ExecuteAsync(target.Subscription, target.OwnerId, target.OwnerRoles, outboxEvent, ct),
            cancellationToken);
        if (deliveries > 0)
        {
            logger.LogDebug("Derived {Deliveries} webhook deliveries from {Events} events", deliveries, events);
            signals.Deliveries.Set();
        }

        return events;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DeliveryEnabled)
            return;
        try
        {
            await gate.WaitUntilMigratedAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DeriveOnceAsync(stoppingToken) == 0)
                    await signals.Events.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(exception, "Deriving webhook deliveries failed; retrying in {Interval}", _options.PollInterval);
                await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
