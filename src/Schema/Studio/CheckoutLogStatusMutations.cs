using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

public sealed record UpdateCheckoutLogStatusInput([property: ID] string CheckoutLogId, CheckoutStatus Status);

public sealed class UpdateCheckoutLogStatusPayload
{
    public CheckoutLog? CheckoutLog { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class CheckoutLogStatusMutations
{
    /// <summary>The checkout's status field; an approval is stamped with <paramref name="approver"/>.</summary>
    [GraphQLIgnore]
    public static StatusField<CheckoutLog, CheckoutStatus> Status(Guid? approver = null) => new(
        "CheckoutLog", CheckoutLogStatusSubscriptions.Field, CheckoutLogTransitions.Table, c => c.Status, (checkout, status, at) =>
        {
            checkout.Status = status;
            if (status == CheckoutStatus.Approved)
                (checkout.ApprovedById, checkout.ApprovedAt) = (approver, at);
            if (status == CheckoutStatus.Returned)
                checkout.ReturnDate = at;
        });

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Moves a checkout on: PENDING to APPROVED (takes its quantity off the item's available quantity; a ValidationError when not enough is left) or CANCELLED; APPROVED to RETURNED (puts the quantity back) or OVERDUE; OVERDUE to RETURNED.")]
    public async Task<UpdateCheckoutLogStatusPayload> UpdateCheckoutLogStatus(
        UpdateCheckoutLogStatusInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (checkout, error) = await StatusMutation.ChangeAsync(Status(Viewers.Of(context).UserId), db, outbox, input.CheckoutLogId, input.Status, cancellationToken);
        return new UpdateCheckoutLogStatusPayload { CheckoutLog = checkout, Errors = error is null ? null : [error] };
    }
}
