using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Crm;
using Graph.Persistence.Outbox;
using Graph.Schema.Care;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Crm;

public sealed record UpdateLeadStatusInput([property: ID] string LeadId, LeadStatus Status);

public sealed class UpdateLeadStatusPayload
{
    public Lead? Lead { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class LeadStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Lead, LeadStatus> Status { get; } = new(
        "Lead", LeadStatusSubscriptions.Field, LeadTransitions.Manual, l => l.Status, (l, status, _) => l.Status = status,
        (db, lead, previous, at) =>
        [
            JourneyEvents.Record(db, JourneyEvents.StatusMove(
                "lead_status_changed", StatusTransitions<LeadStatus>.Name(previous), StatusTransitions<LeadStatus>.Name(lead.Status), leadId: lead.Id), at),
        ]);

    [Authorize(Roles = ["ADMIN", "SALES", "MARKETING"])]
    [GraphQLDescription("Moves a lead along the funnel. CONVERTED is reached only through convertLead, which enrolls the student.")]
    public async Task<UpdateLeadStatusPayload> UpdateLeadStatus(
        UpdateLeadStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (lead, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.LeadId, input.Status, cancellationToken);
        return new UpdateLeadStatusPayload { Lead = lead, Errors = error is null ? null : [error] };
    }
}
