using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("A resource checkout moved to another status.")]
public sealed class ResourceCheckoutStatusChangedEvent
{
    [GraphQLDescription("The checkout as it is now.")]
    public required ResourceCheckout ResourceCheckout { get; init; }

    public ResourceCheckoutStatus PreviousStatus { get; init; }

    public ResourceCheckoutStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class ResourceCheckoutStatusSubscriptions
{
    public const string Field = "resourceCheckoutStatusChanged";

    [GraphQLDescription("Status changes of one resource checkout, or of every resource checkout the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<ResourceCheckoutStatusChangedEvent>> ResourceCheckoutStatusChanged(IResolverContext context, [ID] string? resourceCheckoutId = null) =>
        StatusChangeStream.SubscribeAsync<ResourceCheckout, ResourceCheckoutStatusChangedEvent>(context, Field, "ResourceCheckout", resourceCheckoutId, static (node, change) => new()
        {
            ResourceCheckout = node,
            PreviousStatus = StatusTransitions<ResourceCheckoutStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<ResourceCheckoutStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
