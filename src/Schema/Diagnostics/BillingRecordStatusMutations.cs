using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

public sealed record UpdateBillingRecordStatusInput([property: ID] string BillingRecordId, BillingStatus Status);

public sealed class UpdateBillingRecordStatusPayload
{
    public BillingRecord? BillingRecord { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class BillingRecordStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<BillingRecord, BillingStatus> Status { get; } = new(
        "BillingRecord", BillingRecordStatusSubscriptions.Field, BillingRecordTransitions.Table, b => b.Status, Apply);

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Moves a billing record along DRAFT → FINALIZED → INVOICED → PAID. Entering INVOICED it gets the year's next invoice number (gap-free) and its amounts freeze.")]
    public async Task<UpdateBillingRecordStatusPayload> UpdateBillingRecordStatus(
        UpdateBillingRecordStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (record, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.BillingRecordId, input.Status, cancellationToken);
        return new UpdateBillingRecordStatusPayload { BillingRecord = record, Errors = error is null ? null : [error] };
    }

    /// <summary>The invoice number itself is the database's (a trigger numbers the record as it enters INVOICED).</summary>
    private static void Apply(BillingRecord record, BillingStatus status, DateTimeOffset at)
    {
        record.Status = status;
        if (status == BillingStatus.Invoiced)
            record.InvoiceDate = at;
        if (status == BillingStatus.Paid)
            record.PaidDate = at;
    }
}
