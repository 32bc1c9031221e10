using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Care;

public sealed record UpdateConsultationStatusInput([property: ID] string ConsultationId, ConsultationStatus Status);

public sealed class UpdateConsultationStatusPayload
{
    public Consultation? Consultation { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class ConsultationStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<Consultation, ConsultationStatus> Status { get; } = new(
        "Consultation", ConsultationStatusSubscriptions.Field, ConsultationTransitions.Table, c => c.Status, (c, status, _) => c.Status = status,
        (db, consultation, previous, at) =>
        [
            JourneyEvents.Record(db, JourneyEvents.StatusMove(
                "consultation_" + StatusTransitions<ConsultationStatus>.Name(consultation.Status).ToLowerInvariant(),
                StatusTransitions<ConsultationStatus>.Name(previous), StatusTransitions<ConsultationStatus>.Name(consultation.Status),
                patientProfileId: consultation.PatientProfileId), at),
        ]);

    [Authorize(Roles = ["ADMIN", "PROVIDER"])]
    [GraphQLDescription("Moves a consultation on: SCHEDULED to COMPLETED, CANCELLED or NO_SHOW (a PROVIDER only their own); records a journey event.")]
    public async Task<UpdateConsultationStatusPayload> UpdateConsultationStatus(
        UpdateConsultationStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (consultation, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.ConsultationId, input.Status, cancellationToken);
        return new UpdateConsultationStatusPayload { Consultation = consultation, Errors = error is null ? null : [error] };
    }
}
