using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Crm;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Care;

public sealed record RecordJourneyEventInput(
    [property: GraphQLDescription("Lower case letters, digits and `_ . : -`, at most 100 characters (e.g. `page_view`).")] string EventType,
    [property: GraphQLDescription("At most 8 KB of JSON; never medical data.")] JsonElement? EventData,
    [property: GraphQLDescription("The frontend recording it, at most 100 characters.")] string? Source,
    [property: GraphQLDescription("The frontend's session, at most 200 characters; required of anonymous callers.")] string? SessionId,
    [property: ID, GraphQLDescription("A patient the caller can see.")] string? PatientProfileId,
    [property: ID, GraphQLDescription("A lead the caller can see.")] string? LeadId);

public sealed class RecordJourneyEventPayload
{
    [GraphQLDescription("When the event was recorded; null when refused.")]
    public DateTimeOffset? RecordedAt { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed partial class JourneyEventMutations
{
    public const int MaxEventDataBytes = 8 * 1024;

    [GraphQLDescription("Records a step of a journey for analytics. Open to anonymous callers with a `sessionId`; a patient or "
        + "lead must be one the caller can see. The event cannot be read back by its recorder unless they read journey events.")]
    public async Task<RecordJourneyEventPayload> RecordJourneyEvent(
        RecordJourneyEventInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var errors = new List<IMutationError>();
        if (!EventTypePattern().IsMatch(input.EventType))
            errors.Add(new ValidationError("`eventType` must be 1 to 100 lower case letters, digits or `_ . : -`.", "eventType"));
        if (input.Source is { Length: > 100 })
            errors.Add(new ValidationError("`source` is longer than 100 characters.", "source"));
        if (input.SessionId is { Length: 0 or > 200 })
            errors.Add(new ValidationError("`sessionId` must be 1 to 200 characters.", "sessionId"));
        if (input.EventData is { } data && JsonSerializer.SerializeToUtf8Bytes(data).Length > MaxEventDataBytes)
            errors.Add(new ValidationError($"`eventData` is larger than {MaxEventDataBytes} bytes.", "eventData"));
        if (input.SessionId is null && input.PatientProfileId is null && input.LeadId is null)
            errors.Add(new ValidationError("Give a `sessionId`, a `patientProfileId` or a `leadId`.", "sessionId"));

        // References are looked up through the caller's row rules: a patient sees only their own profile, anonymous callers none.
        var patientId = await VisibleAsync<PatientProfile>(db, input.PatientProfileId, "patientProfileId", errors, cancellationToken);
        var leadId = await VisibleAsync<Lead>(db, input.LeadId, "leadId", errors, cancellationToken);
        if (errors.Count > 0)
            return new RecordJourneyEventPayload { Errors = errors };

        var journeyEvent = new JourneyEvent
        {
            EventType = input.EventType,
            EventData = input.EventData,
            Source = input.Source,
            SessionId = input.SessionId,
            PatientProfileId = patientId,
            LeadId = leadId,
        };
        var at = DateTimeOffset.UtcNow;
        db.ChangeTracker.Clear();
        var events = ChangeCommit.Announce(db, outbox, JourneyEvents.Record(db, journeyEvent, at));
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(null, outbox, events, cancellationToken);
        return new RecordJourneyEventPayload { RecordedAt = journeyEvent.CreatedAt };
    }

    private static async Task<Guid?> VisibleAsync<T>(GraphDbContext db, string? id, string field, List<IMutationError> errors, CancellationToken cancellationToken)
        where T : Persistence.Model.Entity
    {
        if (id is null)
            return null;
        if (NodeKeys.TryParse(id, typeof(T).Name, out var key) && await db.Set<T>().AnyAsync(e => e.Id == key, cancellationToken))
            return key;
        errors.Add(new ValidationError($"`{field}` is not the ID of a {typeof(T).Name} the current user can see.", field));
        return null;
    }

    [GeneratedRegex("^[a-z0-9_.:-]{1,100}$")]
    private static partial Regex EventTypePattern();
}
