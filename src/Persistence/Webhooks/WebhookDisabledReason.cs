namespace Graph.Persistence.Webhooks;

/// <summary>Why the server disabled a webhook.</summary>
public enum WebhookDisabledReason
{
    /// <summary>The receiver answered 410 Gone.</summary>
    Gone,

    /// <summary>Every attempt failed for longer than <c>Webhooks:DisableAfter</c>.</summary>
    Failing,
}
