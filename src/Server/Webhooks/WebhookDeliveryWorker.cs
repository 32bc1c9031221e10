using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Server.Webhooks;

/// <summary>
/// Sends due deliveries: <see cref="WebhookOptions.Workers"/> loops, each claiming a batch (locked, so no other
/// worker of any server sends it meanwhile), POSTing it concurrently, and committing every attempt and outcome.
/// </summary>
public sealed class WebhookDeliveryWorker(
    WebhookDeliveryQueue queue,
    WebhookSender sender,
    WebhookSignals signals,
    WebhookStartGate gate,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    private readonly WebhookOptions _options = options.Value;
    private readonly WebhookRetryPolicy _policy = new(options.Value, Random.Shared.NextDouble);

    /// <summary>Sends one batch of due deliveries; answers how many it sent.</summary>
    public async Task<int> SendOnceAsync(CancellationToken cancellationToken)
    {
        await using var batch = await queue.ClaimAsync(_options.BatchSize, cancellationToken);
        if (batch.Deliveries.Count == 0)
            return 0;
        var responses = await Task.WhenAll(batch.Deliveries.Select(d => sender.SendAsync(d, cancellationToken)));
        for (var i = 0; i < responses.Length; i++)
        {
            var delivery = batch.Deliveries[i];
            var outcome = _policy.Decide(delivery, responses[i]);
            await batch.RecordAsync(delivery, responses[i].Attempt, outcome, _options.DisableAfter, cancellationToken);
            if (outcome.Verdict != DeliveryVerdict.Succeeded)
            {
                logger.LogInformation("Webhook delivery {Delivery} attempt {Attempt}: {Status} {Error}; {Verdict}",
                    delivery.Id, delivery.AttemptCount + 1, responses[i].Attempt.StatusCode, responses[i].Attempt.Error, outcome.Verdict);
            }
        }

        await batch.CommitAsync(cancellationToken);
        return responses.Length;
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

        await Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken)));
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendOnceAsync(stoppingToken) == 0)
                    await signals.Deliveries.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(exception, "Sending webhook deliveries failed; retrying in {Interval}", _options.PollInterval);
                await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
