using Graph.Engine.Types;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Webhooks;

[GraphQLDescription("The URL is not an http or https URL a webhook may target (credentials, or a loopback or private network address).")]
public sealed record InvalidWebhookUrlError(string Message, string Url) : IMutationError;

[GraphQLDescription("The subscription document is not one valid subscription operation its owner may subscribe to.")]
public sealed record InvalidWebhookSubscriptionError(string Message) : IMutationError;

[GraphQLDescription("The webhook is disabled; enable it before redelivering.")]
public sealed record WebhookDisabledError(string Message, [property: ID] string Id) : IMutationError;
