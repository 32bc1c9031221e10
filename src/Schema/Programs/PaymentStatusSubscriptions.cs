using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

[GraphQLDescription("A payment moved to another status.")]
public sealed class PaymentStatusChangedEvent
{
    [GraphQLDescription("The payment as it is now.")]
    public required Payment Payment { get; init; }

    public PaymentStatus PreviousStatus { get; init; }

    public PaymentStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class PaymentStatusSubscriptions
{
    public const string Field = "paymentStatusChanged";

    [GraphQLDescription("Status changes of one payment, or of every payment the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<PaymentStatusChangedEvent>> PaymentStatusChanged(IResolverContext context, [ID] string? paymentId = null) =>
        StatusChangeStream.SubscribeAsync<Payment, PaymentStatusChangedEvent>(context, Field, "Payment", paymentId, static (payment, change) => new()
        {
            Payment = payment,
            PreviousStatus = StatusTransitions<PaymentStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<PaymentStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
