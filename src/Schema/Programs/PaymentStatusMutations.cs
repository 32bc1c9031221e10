using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

public sealed record UpdatePaymentStatusInput([property: ID] string PaymentId, PaymentStatus Status);

public sealed class UpdatePaymentStatusPayload
{
    public Payment? Payment { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class PaymentStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Payment, PaymentStatus> Status { get; } = new(
        "Payment", PaymentStatusSubscriptions.Field, PaymentTransitions.Table, p => p.Status, (payment, status, at) =>
        {
            payment.Status = status;
            if (status == PaymentStatus.Paid)
                payment.PaidAt = at;
            if (status == PaymentStatus.Refunded)
                payment.RefundedAt = at;
        });

    [Authorize(Roles = ["ADMIN", "SALES"])]
    [GraphQLDescription("Moves a payment on: PENDING to PAID (received; it counts towards its studio invoice, refused beyond the invoice's total) or FAILED; PAID to REFUNDED (it no longer counts). An installment's payment is recorded and kept by payInstallment.")]
    public async Task<UpdatePaymentStatusPayload> UpdatePaymentStatus(
        UpdatePaymentStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (payment, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.PaymentId, input.Status, cancellationToken);
        return new UpdatePaymentStatusPayload { Payment = payment, Errors = error is null ? null : [error] };
    }
}
