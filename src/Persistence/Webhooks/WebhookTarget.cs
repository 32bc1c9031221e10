using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;

namespace Graph.Persistence.Webhooks;

/// <summary>An enabled webhook an outbox event's topic matches, with what its document runs as.</summary>
public sealed record WebhookTarget(Guid Id, Guid OwnerId, IReadOnlyList<Role> OwnerRoles, string Subscription, string Topic, DateTimeOffset CreatedAt)
{
    /// <summary>Whether the webhook listens to <paramref name="outboxEvent"/>: its topic, or (for <c>field:key</c>) its field.</summary>
    public bool Matches(OutboxEvent outboxEvent) => CreatedAt <= outboxEvent.CreatedAt && OutboxTopics.Reaches(outboxEvent.Topic, Topic);
}
