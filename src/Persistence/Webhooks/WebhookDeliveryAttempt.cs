using Graph.Persistence.Model;

namespace Graph.Persistence.Webhooks;

/// <summary>One POST of a delivery and what came back.</summary>
public sealed class WebhookDeliveryAttempt : Entity
{
    /// <summary>At most this many characters of the response body are kept.</summary>
    public const int SnippetLength = 1024;

    public Guid DeliveryId { get; set; }

    public WebhookDelivery Delivery { get; set; } = null!;

    /// <summary>Null when no response came.</summary>
    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? ResponseSnippet { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }
}
