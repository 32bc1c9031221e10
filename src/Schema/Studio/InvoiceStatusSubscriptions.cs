using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Studio;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Studio;

[GraphQLDescription("An invoice moved to another status.")]
public sealed class InvoiceStatusChangedEvent
{
    [GraphQLDescription("The invoice as it is now.")]
    public required Invoice Invoice { get; init; }

    public InvoiceStatus PreviousStatus { get; init; }

    public InvoiceStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class InvoiceStatusSubscriptions
{
    public const string Field = "invoiceStatusChanged";

    [GraphQLDescription("Status changes of one invoice, or of every invoice the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<InvoiceStatusChangedEvent>> InvoiceStatusChanged(IResolverContext context, [ID] string? invoiceId = null) =>
        StatusChangeStream.SubscribeAsync<Invoice, InvoiceStatusChangedEvent>(context, Field, "Invoice", invoiceId, static (node, change) => new()
        {
            Invoice = node,
            PreviousStatus = StatusTransitions<InvoiceStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<InvoiceStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
