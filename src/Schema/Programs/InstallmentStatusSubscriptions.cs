using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

[GraphQLDescription("An installment moved to another status.")]
public sealed class InstallmentStatusChangedEvent
{
    [GraphQLDescription("The installment as it is now.")]
    public required Installment Installment { get; init; }

    public InstallmentStatus PreviousStatus { get; init; }

    public InstallmentStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class InstallmentStatusSubscriptions
{
    public const string Field = "installmentStatusChanged";

    [GraphQLDescription("Status changes of one installment, or of every installment the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<InstallmentStatusChangedEvent>> InstallmentStatusChanged(IResolverContext context, [ID] string? installmentId = null) =>
        StatusChangeStream.SubscribeAsync<Installment, InstallmentStatusChangedEvent>(context, Field, "Installment", installmentId, static (installment, change) => new()
        {
            Installment = installment,
            PreviousStatus = StatusTransitions<InstallmentStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<InstallmentStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
