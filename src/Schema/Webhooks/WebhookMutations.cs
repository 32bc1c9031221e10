using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Webhooks;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Webhooks;

public sealed record CreateWebhookInput(
    [property: GraphQLDescription("Where events are POSTed: http or https, no credentials.")] string Url,
    [property: GraphQLDescription("A GraphQL document with one subscription operation and no variables.")] string Subscription,
    string? Description = null);

public sealed record UpdateWebhookInput(
    [property: ID] string Id,
    string? Url = null,
    string? Subscription = null,
    string? Description = null,
    [property: GraphQLDescription("True enables it (and forgets why the server disabled it); false disables it.")] bool? Enabled = null,
    [property: GraphQLDescription("Issues a new secret; the previous one keeps signing beside it for the rotation overlap.")] bool? RotateSecret = null);

public sealed record DeleteWebhookInput([property: ID] string Id);

public sealed class CreateWebhookPayload
{
    public Webhook? Webhook { get; init; }

    [GraphQLDescription("The signing secret (whsec_…): shown now and never again.")]
    public string? Secret { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed class UpdateWebhookPayload
{
    public Webhook? Webhook { get; init; }

    [GraphQLDescription("The new signing secret when rotateSecret was asked for (shown only now); else null.")]
    public string? Secret { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed class DeleteWebhookPayload
{
    [GraphQLDescription("The webhook as it was before it was removed.")]
    public Webhook? Webhook { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>Registering, changing and removing webhooks. The row rules make every other user's webhook not found.</summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class WebhookMutations
{
    [Authorize]
    [GraphQLDescription("Registers a URL for the events a subscription document selects; the payload holds the signing secret, shown only now.")]
    public async Task<CreateWebhookPayload> CreateWebhook(
        CreateWebhookInput input, IResolverContext context, [Service] GraphDbContext db, [Service] WebhookDocuments documents,
        [Service] IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var owner = Viewers.Of(context);
        var (uri, urlRefusal) = await WebhookUrl.CheckAsync(input.Url, options.Value.AllowPrivateNetworks, cancellationToken);
        if (urlRefusal is not null)
            return new CreateWebhookPayload { Errors = [new InvalidWebhookUrlError(urlRefusal, input.Url)] };
        var (topic, refusal) = await documents.RegisterAsync(input.Subscription, owner.UserId, [.. owner.Roles], cancellationToken);
        if (refusal is not null)
            return new CreateWebhookPayload { Errors = [new InvalidWebhookSubscriptionError(refusal)] };

        var webhook = new Webhook
        {
            OwnerId = owner.UserId,
            Url = uri!.AbsoluteUri,
            Subscription = input.Subscription,
            Topic = topic!,
            Description = input.Description,
            Secret = WebhookSecret.Generate(),
        };
        db.Set<Webhook>().Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return new CreateWebhookPayload { Webhook = webhook, Secret = webhook.Secret };
    }

    [Authorize]
    [GraphQLDescription("Changes a webhook's URL, document or description, enables or disables it, or rotates its secret. Omitted fields stay as they are.")]
    public async Task<UpdateWebhookPayload> UpdateWebhook(
        UpdateWebhookInput input, [Service] GraphDbContext db, [Service] WebhookDocuments documents,
        [Service] IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var webhook = await FindAsync(db, input.Id, cancellationToken);
        if (webhook is null)
            return new UpdateWebhookPayload { Errors = [NotFoundError.For("Webhook", input.Id)] };
        if (input.Url is not null)
        {
            var (uri, refusal) = await WebhookUrl.CheckAsync(input.Url, options.Value.AllowPrivateNetworks, cancellationToken);
            if (refusal is not null)
                return new UpdateWebhookPayload { Errors = [new InvalidWebhookUrlError(refusal, input.Url)] };
            webhook.Url = uri!.AbsoluteUri;
        }

        if (input.Subscription is not null)
        {
            // Checked as the owner, whoever changes it: the document runs with the owner's permissions.
            var ownerRoles = await db.Set<User>().Where(u => u.Id == webhook.OwnerId).Select(u => u.Roles).SingleAsync(cancellationToken);
            var (topic, refusal) = await documents.RegisterAsync(input.Subscription, webhook.OwnerId, ownerRoles, cancellationToken);
            if (refusal is not null)
                return new UpdateWebhookPayload { Errors = [new InvalidWebhookSubscriptionError(refusal)] };
            webhook.Subscription = input.Subscription;
            webhook.Topic = topic!;
        }

        if (input.Description is not null)
            webhook.Description = input.Description;
        if (input.Enabled is { } enabled && enabled != webhook.Enabled)
        {
            webhook.Enabled = enabled;
            webhook.DisabledReason = null;
            webhook.DisabledAt = enabled ? null : DateTimeOffset.UtcNow;
            webhook.FailingSince = null;
        }

        string? secret = null;
        if (input.RotateSecret == true)
        {
            webhook.PreviousSecret = webhook.Secret;
            webhook.PreviousSecretExpiresAt = DateTimeOffset.UtcNow + options.Value.SecretRotationOverlap;
            webhook.Secret = secret = WebhookSecret.Generate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UpdateWebhookPayload { Webhook = webhook, Secret = secret };
    }

    [Authorize]
    [GraphQLDescription("Removes a webhook with its deliveries and their log; the payload holds it as it was.")]
    public async Task<DeleteWebhookPayload> DeleteWebhook(DeleteWebhookInput input, [Service] GraphDbContext db, CancellationToken cancellationToken)
    {
        var webhook = await FindAsync(db, input.Id, cancellationToken);
        if (webhook is null)
            return new DeleteWebhookPayload { Errors = [NotFoundError.For("Webhook", input.Id)] };
        db.Set<Webhook>().Remove(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return new DeleteWebhookPayload { Webhook = webhook };
    }

    private static async Task<Webhook?> FindAsync(GraphDbContext db, string id, CancellationToken cancellationToken) =>
        NodeKeys.TryParse(id, "Webhook", out var key) ? await db.Set<Webhook>().SingleOrDefaultAsync(w => w.Id == key, cancellationToken) : null;
}
