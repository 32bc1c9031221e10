using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Webhooks;

/// <summary>Webhook rows written straight to a test database, for tests of the delivery machinery below GraphQL.</summary>
internal static class WebhookRows
{
    /// <summary>A new user with <paramref name="roles"/> owning a new webhook on <paramref name="topic"/>; answers the webhook's id.</summary>
    public static Task<Guid> WebhookAsync(string connectionString, string topic = "bookingStatusChanged", string roles = "ADMIN", bool enabled = true, string url = "http://127.0.0.1:9/hook") =>
        Sql.ScalarAsync<Guid>(connectionString, $"""
            WITH u AS (INSERT INTO users (email, roles) VALUES ('owner-' || gen_random_uuid() || '@test', '{"{"}{roles}{"}"}') RETURNING id)
            INSERT INTO webhooks (owner_id, url, subscription, topic, enabled, secret)
            SELECT id, '{url}', 'subscription {"{"} bookingStatusChanged {"{"} status {"}"} {"}"}', '{topic}', {enabled}, 'whsec_{Convert.ToBase64String(new byte[32])}' FROM u
            RETURNING id
            """);

    /// <summary>A pending delivery of <paramref name="webhook"/>, due now; answers its id.</summary>
    public static Task<Guid> DeliveryAsync(string connectionString, Guid webhook, long eventId, int attempts = 0) =>
        Sql.ScalarAsync<Guid>(connectionString, $"""
            INSERT INTO webhook_deliveries (webhook_id, event_id, topic, payload, attempt_count, next_attempt_at)
            VALUES ('{webhook}', {eventId}, 'bookingStatusChanged:x', '{"{"}"data":null{"}"}', {attempts}, now() - interval '1 second')
            RETURNING id
            """);
}
