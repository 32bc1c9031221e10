using Graph.Engine.Types;
using Graph.Persistence.Webhooks;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Webhooks;

/// <summary>Webhooks: a user's URL and subscription document, its deliveries and their attempts (owner or ADMIN only).</summary>
public sealed class WebhooksSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        // Webhooks are written by their own mutations (createWebhook checks the URL and document, answers the secret);
        // deliveries and attempts only by the server.
        module.Node<Webhook>(webhook => webhook
            .Hide("secret", "previousSecret", "topic")
            .Describe("subscription", "The GraphQL subscription document run for each event, with the owner's permissions.")
            .Describe("enabled", "Whether events are delivered; a disabled webhook receives nothing until enabled again.")
            .Describe("disabledReason", "Why the server disabled it (GONE: the receiver answered 410; FAILING: every attempt failed too long); null when enabled or disabled by its owner.")
            .Describe("previousSecretExpiresAt", "After a rotation: until when the previous secret still signs beside the new one.")
            .Describe("failingSince", "Since when every attempt has failed; null after a success.")
            .RootConnection("webhooks", "The caller's webhooks (every webhook for ADMIN).")
            .Connection("deliveries")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None));
        module.Node<WebhookDelivery>(delivery => delivery
            .Hide("eventId")
            .Describe("topic", "The event's topic.")
            .Describe("attemptCount", "Attempts since it was created or last redelivered.")
            .Describe("nextAttemptAt", "When it is attempted next; null once it succeeded or failed.")
            .Describe("payload", "The JSON data and errors posted (the body adds id, webhookId and timestamp).")
            .Describe("completedAt", "When it succeeded or failed for good.")
            .RootConnection("webhookDeliveries", "The deliveries of the caller's webhooks (every delivery for ADMIN): the delivery log.")
            .Connection("attempts")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None));
        module.Node<WebhookDeliveryAttempt>(attempt => attempt
            .Describe("statusCode", "The receiver's HTTP status; null when no response came.")
            .Describe("durationMs", "How long the attempt took, in milliseconds.")
            .Describe("responseSnippet", $"The first {WebhookDeliveryAttempt.SnippetLength} characters of the response body.")
            .Describe("error", "Why no response came or why it did not count as one (timeout, refused address, connection error).")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None));
        module.AddTypeExtension<WebhookMutations>();
        module.AddTypeExtension<RedeliverWebhookDeliveryMutations>();
        module.AddStatusChangeErrors()
            .AddType<InvalidWebhookUrlError>()
            .AddType<InvalidWebhookSubscriptionError>()
            .AddType<WebhookDisabledError>();
    }
}
