using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;

namespace Graph.Server.Webhooks;

/// <summary>
/// What an attempt's response means for its delivery: 2xx succeeds; 410 fails it and disables the webhook; anything
/// else is retried after the schedule's next wait (jittered, at least the receiver's <c>Retry-After</c>), until the
/// schedule is used up.
/// </summary>
public sealed class WebhookRetryPolicy(WebhookOptions options, Func<double> random)
{
    public DeliveryOutcome Decide(DueDelivery delivery, WebhookResponse response)
    {
        if (response.Succeeded)
            return new DeliveryOutcome(DeliveryVerdict.Succeeded);
        if (response.Attempt.StatusCode == 410)
            return new DeliveryOutcome(DeliveryVerdict.Gone);
        var attemptsMade = delivery.AttemptCount + 1;
        if (attemptsMade > options.EffectiveRetrySchedule.Count)
            return new DeliveryOutcome(DeliveryVerdict.Failed);

        var wait = options.EffectiveRetrySchedule[attemptsMade - 1] * (1 + options.Jitter * (2 * random() - 1));
        if (response.RetryAfter is { } retryAfter && retryAfter > wait)
            wait = retryAfter < options.MaxRetryAfter ? retryAfter : options.MaxRetryAfter;
        // Counted from when the attempt ended, so a slow failure does not eat into the wait.
        var failedAt = response.Attempt.AttemptedAt + TimeSpan.FromMilliseconds(response.Attempt.DurationMs);
        return new DeliveryOutcome(DeliveryVerdict.Retry, failedAt + wait);
    }
}
