namespace Graph.Persistence.Webhooks;

public enum DeliveryVerdict
{
    Succeeded,

    /// <summary>Failed; attempted again at <see cref="DeliveryOutcome.NextAttemptAt"/>.</summary>
    Retry,

    /// <summary>Failed for good (the last attempt).</summary>
    Failed,

    /// <summary>The receiver answered 410: failed for good, and the webhook is disabled.</summary>
    Gone,
}

public sealed record DeliveryOutcome(DeliveryVerdict Verdict, DateTimeOffset? NextAttemptAt = null);
