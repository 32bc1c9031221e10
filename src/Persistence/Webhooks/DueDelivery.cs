namespace Graph.Persistence.Webhooks;

/// <summary>A delivery a worker claimed, with what sending it needs.</summary>
public sealed record DueDelivery(
    Guid Id,
    Guid WebhookId,
    string Payload,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    string Url,
    string Secret,
    string? PreviousSecret,
    DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>One POST and what came back (<see cref="StatusCode"/> null when no response came).</summary>
public sealed record DeliveryAttemptRecord(DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? ResponseSnippet, string? Error);
