using System.Security.Claims;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Programs;

public sealed record PayInstallmentInput([property: ID] string InstallmentId, decimal Amount);

public sealed class PayInstallmentPayload
{
    public Installment? Installment { get; init; }

    [GraphQLDescription("The payment recorded.")]
    public Payment? Payment { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static PayInstallmentPayload Failed(IMutationError error) => new() { Errors = [error] };
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class PayInstallmentMutations
{
    [Authorize(Roles = ["ADMIN", "SALES", "STUDENT"])]
    [GraphQLDescription("Records a payment towards an installment; paying what is left makes it PAID. Paying more than is left is refused.")]
    public async Task<PayInstallmentPayload> PayInstallment(
        PayInstallmentInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.InstallmentId, "Installment", out var key))
            return PayInstallmentPayload.Failed(NotFoundError.For("Installment", input.InstallmentId));
        if (input.Amount <= 0)
            return PayInstallmentPayload.Failed(new InvalidAmountError("The amount must be more than zero.", input.Amount, 0));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Installment? installment;
        try
        {
            installment = await LockedRows.FindForUpdateAsync<Installment>(db, key, cancellationToken);
        }
        catch (RowLockedException locked)
        {
            return PayInstallmentPayload.Failed(locked.ToError());
        }

        if (installment is null)
            return PayInstallmentPayload.Failed(NotFoundError.For("Installment", input.InstallmentId));
        var previous = installment.Status;
        if (!InstallmentTransitions.Table.Allows(previous, InstallmentStatus.Paid))
            return PayInstallmentPayload.Failed(InstallmentTransitions.Table.Refusal("Installment", previous, InstallmentStatus.Paid));
        var remaining = installment.Amount - installment.AmountPaid;
        if (input.Amount > remaining)
            return PayInstallmentPayload.Failed(new InvalidAmountError($"The amount is more than the {remaining} left to pay.", input.Amount, remaining));

        var paidAt = DateTimeOffset.UtcNow;
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            InstallmentId = installment.Id,
            EnrollmentId = installment.EnrollmentId,
            Amount = input.Amount,
            Status = PaymentStatus.Paid,
            PaidAt = paidAt,
            ProcessedById = await CallerAsync(context, db, cancellationToken),
        };
        db.Set<Payment>().Add(payment);
        installment.AmountPaid += input.Amount;
        if (installment.AmountPaid == installment.Amount)
        {
            installment.Status = InstallmentStatus.Paid;
            installment.PaidAt = paidAt;
        }

        var recorded = new NodeChange(ChangeOperation.Created, "Payment", payment.Id, ["installment", "enrollment", "amount", "paidAt", "processedBy"], paidAt).Event;
        var change = new StatusChange(
            installment.Id, StatusTransitions<InstallmentStatus>.Name(previous), StatusTransitions<InstallmentStatus>.Name(installment.Status), paidAt);
        var events = installment.Status == previous
            ? ChangeCommit.Announce(db, outbox, recorded, new NodeChange(ChangeOperation.Updated, "Installment", installment.Id, ["amountPaid"], paidAt).Event)
            : ChangeCommit.Announce(db, outbox, recorded, change.Event(InstallmentStatusSubscriptions.Field), change.NodeChange("Installment", "amountPaid", "paidAt"));
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);

        return new PayInstallmentPayload { Installment = installment, Payment = payment };
    }

    /// <summary>The signed-in user who records the payment, when that user still exists.</summary>
    internal static async Task<Guid?> CallerAsync(IResolverContext context, GraphDbContext db, CancellationToken cancellationToken)
    {
        var subject = DefaultAuthorizationHandler.GetUser(context)?.FindFirstValue(AuthClaims.Subject);
        return Guid.TryParse(subject, out var id) && await db.Set<User>().AnyAsync(u => u.Id == id, cancellationToken) ? id : null;
    }
}
