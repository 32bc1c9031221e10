using Graph.Persistence.Identity;
using Graph.Persistence.Model;

namespace Graph.Persistence.Webhooks;

/// <summary>A user's URL and subscription document; events the document selects are posted to the URL, signed.</summary>
public sealed class Webhook : Entity
{
    /// <summary>Who registered it: the document runs with this user's permissions.</summary>
    public Guid OwnerId { get; set; }

    public User Owner { get; set; } = null!;

    public string Url { get; set; } = "";

    /// <summary>A GraphQL document with one subscription operation.</summary>
    public string Subscription { get; set; } = "";

    /// <summary>The outbox topic the document listens to (set at registration; see 0007_webhooks.sql).</summary>
    public string Topic { get; set; } = "";

    public string? Description { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Why the server disabled it; null while enabled or when the owner disabled it.</summary>
    public WebhookDisabledReason? DisabledReason { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>The signing secret as given to the owner (<c>whsec_…</c>); it must sign, so it is not hashed.</summary>
    public string Secret { get; set; } = "";

    public string? PreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public DateTimeOffset? FailingSince { get; set; }

    public List<WebhookDelivery> Deliveries { get; set; } = [];
}
