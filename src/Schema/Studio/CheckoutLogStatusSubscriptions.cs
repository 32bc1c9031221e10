using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("A checkout moved to another status.")]
public sealed class CheckoutLogStatusChangedEvent
{
    [GraphQLDescription("The checkout as it is now.")]
    public required CheckoutLog CheckoutLog { get; init; }

    public CheckoutStatus PreviousStatus { get; init; }

    public CheckoutStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class CheckoutLogStatusSubscriptions
{
    public const string Field = "checkoutLogStatusChanged";

    [GraphQLDescription("Status changes of one checkout, or of every checkout the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<CheckoutLogStatusChangedEvent>> CheckoutLogStatusChanged(IResolverContext context, [ID] string? checkoutLogId = null) =>
        StatusChangeStream.SubscribeAsync<CheckoutLog, CheckoutLogStatusChangedEvent>(context, Field, "CheckoutLog", checkoutLogId, static (node, change) => new()
        {
            CheckoutLog = node,
            PreviousStatus = StatusTransitions<CheckoutStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<CheckoutStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
