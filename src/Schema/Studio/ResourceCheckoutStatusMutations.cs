using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Studio;

public sealed record UpdateResourceCheckoutStatusInput([property: ID] string ResourceCheckoutId, ResourceCheckoutStatus Status);

public sealed class UpdateResourceCheckoutStatusPayload
{
    public ResourceCheckout? ResourceCheckout { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class ResourceCheckoutStatusMutations
{
    /// <summary>The checkout's status field; a return is stamped.</summary>
    [GraphQLIgnore]
    public static StatusField<ResourceCheckout, ResourceCheckoutStatus> Status { get; } = new(
        "ResourceCheckout", ResourceCheckoutStatusSubscriptions.Field, ResourceCheckoutTransitions.Table, c => c.Status, (checkout, status, at) =>
        {
            checkout.Status = status;
            if (status == ResourceCheckoutStatus.Returned)
                checkout.ReturnedAt = at;
        });

    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Moves a resource checkout on: CHECKED_OUT to RETURNED (gives the copy back, stamps returnedAt), OVERDUE or LOST (writes the copy off); OVERDUE to RETURNED or LOST. A TEACHER moves only the checkouts of their studio's resources.")]
    public async Task<UpdateResourceCheckoutStatusPayload> UpdateResourceCheckoutStatus(
        UpdateResourceCheckoutStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (checkout, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.ResourceCheckoutId, input.Status, cancellationToken);
        return new UpdateResourceCheckoutStatusPayload { ResourceCheckout = checkout, Errors = error is null ? null : [error] };
    }
}
