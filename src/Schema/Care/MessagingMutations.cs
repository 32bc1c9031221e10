using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Care;

public sealed record CreateConversationInput(
    [property: ID, GraphQLDescription("The other participants (users); the current user is always one. At most 50.")] IReadOnlyList<string> ParticipantIds,
    string? Subject,
    ConversationChannel? Channel,
    [property: GraphQLDescription("The studio of a seed-003 thread.")] Guid? StudioId,
    [property: ID, GraphQLDescription("The patient a care conversation is with (one the current user can see).")] string? PatientProfileId);

public sealed class CreateConversationPayload
{
    public Conversation? Conversation { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record SendMessageInput([property: ID] string ConversationId, [property: GraphQLDescription("1 to 10000 characters.")] string Content);

public sealed class SendMessagePayload
{
    public Message? Message { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record MarkConversationReadInput([property: ID] string ConversationId);

public sealed class MarkConversationReadPayload
{
    public Conversation? Conversation { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>
/// Messaging workflows. The conversation is found through the caller's row rules, so a caller who is not a participant
/// gets <c>NotFoundError</c> (not theirs and absent look alike).
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class MessagingMutations
{
    public const int MaxParticipants = 50;

    public const int MaxContentLength = 10_000;

    [Authorize]
    [GraphQLDescription("Starts a conversation between the current user and `participantIds`.")]
    public async Task<CreateConversationPayload> CreateConversation(
        CreateConversationInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var viewer = Viewers.Of(context);
        var keys = new HashSet<Guid> { viewer.UserId };
        foreach (var id in input.ParticipantIds)
        {
            if (!NodeKeys.TryParse(id, nameof(User), out var key))
                return new CreateConversationPayload { Errors = Invalid("participantIds", $"\"{id}\" is not the ID of a User.") };
            keys.Add(key);
        }

        if (keys.Count > MaxParticipants)
            return new CreateConversationPayload { Errors = Invalid("participantIds", $"A conversation has at most {MaxParticipants} participants.") };
        if (input.Subject is { Length: > 200 })
            return new CreateConversationPayload { Errors = Invalid("subject", "`subject` is longer than 200 characters.") };

        // Anyone may be messaged: users are checked to exist, not to be readable by the caller.
        var found = await db.Set<User>().IgnoreQueryFilters().CountAsync(u => keys.Contains(u.Id), cancellationToken);
        if (found != keys.Count)
            return new CreateConversationPayload { Errors = Invalid("participantIds", "Some `participantIds` are not users.") };

        Guid? patientId = null;
        if (input.PatientProfileId is { } patientGlobalId)
        {
            if (!NodeKeys.TryParse(patientGlobalId, nameof(PatientProfile), out var key) || !await db.Set<PatientProfile>().AnyAsync(p => p.Id == key, cancellationToken))
                return new CreateConversationPayload { Errors = Invalid("patientProfileId", "`patientProfileId` is not the ID of a PatientProfile the current user can see.") };
            patientId = key;
        }

        db.ChangeTracker.Clear();
        var conversation = new Conversation
        {
            Channel = input.Channel ?? ConversationChannel.InApp,
            Subject = input.Subject,
            StudioId = input.StudioId,
            PatientProfileId = patientId,
        };
        db.Add(conversation);
        var at = DateTimeOffset.UtcNow;
        var events = new List<(string Topic, object Payload)>
        {
            new NodeChange(ChangeOperation.Created, nameof(Conversation), conversation.Id, ["channel", "subject", "studioId", "patientProfile"], at).Event,
        };
        foreach (var key in keys)
        {
            var participant = new ConversationParticipant { ConversationId = conversation.Id, UserId = key };
            db.Add(participant);
            events.Add(new NodeChange(ChangeOperation.Created, nameof(ConversationParticipant), participant.Id, ["conversation", "user"], at).Event);
        }

        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(null, outbox, entries, cancellationToken);
        return new CreateConversationPayload { Conversation = conversation };
    }

    [Authorize]
    [GraphQLDescription("Sends a message to a conversation the current user takes part in; its participants hear it on `messageReceived`.")]
    public async Task<SendMessagePayload> SendMessage(
        SendMessageInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (input.Content.Length is 0 or > MaxContentLength || string.IsNullOrWhiteSpace(input.Content))
            return new SendMessagePayload { Errors = Invalid("content", $"`content` must be 1 to {MaxContentLength} characters, not only blanks.") };

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked, so the conversation's lastMessageAt follows the order messages commit in.
        if (await OpenAsync(db, input.ConversationId, cancellationToken) is not { } conversation)
            return new SendMessagePayload { Errors = [NotFoundError.For(nameof(Conversation), input.ConversationId)] };

        var message = new Message { ConversationId = conversation.Id, SenderId = Viewers.Of(context).UserId, Content = input.Content };
        db.Add(message);
        var at = DateTimeOffset.UtcNow;
        conversation.LastMessageAt = at;
        var entries = ChangeCommit.Announce(db, outbox,
            new MessageSent(message.Id, conversation.Id).Event,
            new NodeChange(ChangeOperation.Created, nameof(Message), message.Id, ["conversation", "sender", "content"], at).Event,
            new NodeChange(ChangeOperation.Updated, nameof(Conversation), conversation.Id, ["lastMessageAt"], at).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new SendMessagePayload { Message = message };
    }

    [Authorize]
    [GraphQLDescription("Marks every message of a conversation as read by the current user; a message every other participant has read becomes `isRead`.")]
    public async Task<MarkConversationReadPayload> MarkConversationRead(
        MarkConversationReadInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await OpenAsync(db, input.ConversationId, cancellationToken) is not { } conversation)
            return new MarkConversationReadPayload { Errors = [NotFoundError.For(nameof(Conversation), input.ConversationId)] };

        var user = Viewers.Of(context).UserId;
        var at = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO message_reads (message_id, user_id)
            SELECT m.id, {user} FROM messages m
            WHERE m.conversation_id = {conversation.Id} AND m.deleted_at IS NULL AND m.sender_id IS DISTINCT FROM {user}
            ON CONFLICT (message_id, user_id) DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE messages m SET is_read = true
            WHERE m.conversation_id = {conversation.Id} AND NOT m.is_read AND NOT EXISTS (
                SELECT 1 FROM conversation_participants p
                WHERE p.conversation_id = m.conversation_id AND p.user_id IS DISTINCT FROM m.sender_id
                  AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_id = m.id AND r.user_id = p.user_id))
            """, cancellationToken);
        var participant = await db.Set<ConversationParticipant>().SingleAsync(p => p.ConversationId == conversation.Id && p.UserId == user, cancellationToken);
        participant.LastReadAt = at;
        var entries = ChangeCommit.Announce(db, outbox,
            new NodeChange(ChangeOperation.Updated, nameof(ConversationParticipant), participant.Id, ["lastReadAt"], at).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new MarkConversationReadPayload { Conversation = conversation };
    }

    /// <summary>The conversation, locked, if the caller takes part in it (its row rule); else null.</summary>
    private static async Task<Conversation?> OpenAsync(GraphDbContext db, string id, CancellationToken cancellationToken) =>
        NodeKeys.TryParse(id, nameof(Conversation), out var key) ? await LockedRows.FindForUpdateAsync<Conversation>(db, key, cancellationToken) : null;

    private static IReadOnlyList<IMutationError> Invalid(string field, string message) => [new ValidationError(message, field)];
}
