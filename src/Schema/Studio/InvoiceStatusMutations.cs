using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

public sealed record UpdateInvoiceStatusInput([property: ID] string InvoiceId, InvoiceStatus Status);

public sealed class UpdateInvoiceStatusPayload
{
    public Invoice? Invoice { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class InvoiceStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Invoice, InvoiceStatus> Status { get; } = new(
        "Invoice", InvoiceStatusSubscriptions.Field, InvoiceTransitions.Table, i => i.Status, (invoice, status, _) => invoice.Status = status,
        SettledByDatabase: true);

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Sends a draft invoice (SENT, or OVERDUE when already past its due date; refused without lines) or cancels one with nothing paid. PARTIAL, PAID and OVERDUE follow from its payments and due date.")]
    public async Task<UpdateInvoiceStatusPayload> UpdateInvoiceStatus(
        UpdateInvoiceStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (invoice, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.InvoiceId, input.Status, cancellationToken);
        return new UpdateInvoiceStatusPayload { Invoice = invoice, Errors = error is null ? null : [error] };
    }
}
