using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

[GraphQLDescription("A billing record moved to another status.")]
public sealed class BillingRecordStatusChangedEvent
{
    [GraphQLDescription("The billing record as it is now.")]
    public required BillingRecord BillingRecord { get; init; }

    public BillingStatus PreviousStatus { get; init; }

    public BillingStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class BillingRecordStatusSubscriptions
{
    public const string Field = "billingRecordStatusChanged";

    [GraphQLDescription("Status changes of one billing record, or of every record the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<BillingRecordStatusChangedEvent>> BillingRecordStatusChanged(IResolverContext context, [ID] string? billingRecordId = null) =>
        StatusChangeStream.SubscribeAsync<BillingRecord, BillingRecordStatusChangedEvent>(context, Field, "BillingRecord", billingRecordId, static (record, change) => new()
        {
            BillingRecord = record,
            PreviousStatus = StatusTransitions<BillingStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<BillingStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
