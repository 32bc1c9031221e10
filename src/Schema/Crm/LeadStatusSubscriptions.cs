using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Crm;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Crm;

[GraphQLDescription("A lead moved to another status.")]
public sealed class LeadStatusChangedEvent
{
    [GraphQLDescription("The lead as it is now.")]
    public required Lead Lead { get; init; }

    public LeadStatus PreviousStatus { get; init; }

    public LeadStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class LeadStatusSubscriptions
{
    public const string Field = "leadStatusChanged";

    [GraphQLDescription("Status changes of one lead, or of every lead the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<LeadStatusChangedEvent>> LeadStatusChanged(IResolverContext context, [ID] string? leadId = null) =>
        StatusChangeStream.SubscribeAsync<Lead, LeadStatusChangedEvent>(context, Field, "Lead", leadId, static (lead, change) => new()
        {
            Lead = lead,
            PreviousStatus = StatusTransitions<LeadStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<LeadStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
