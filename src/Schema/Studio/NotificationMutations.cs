using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Studio;

public sealed class MarkAllNotificationsReadPayload
{
    [GraphQLDescription("The current user, whose unreadNotificationCount is now 0.")]
    public User? User { get; init; }

    [GraphQLDescription("How many notifications this marked read.")]
    public int MarkedCount { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record MarkNotificationReadInput([property: ID] string NotificationId);

public sealed class MarkNotificationReadPayload
{
    public Notification? Notification { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>The recipient's reads. A notification is found through the caller's row rule, so another user's is a
/// <c>NotFoundError</c> (not theirs and absent look alike).</summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class NotificationMutations
{
    [Authorize]
    [GraphQLDescription("Marks one of the current user's notifications read (stamping readAt; again, it changes nothing).")]
    public async Task<MarkNotificationReadPayload> MarkNotificationRead(
        MarkNotificationReadInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.NotificationId, nameof(Notification), out var key))
            return new MarkNotificationReadPayload { Errors = [NotFoundError.For(nameof(Notification), input.NotificationId)] };
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Notification? notification;
        try
        {
            notification = await LockedRows.FindForUpdateAsync<Notification>(db, key, cancellationToken);
        }
        catch (RowLockedException locked)
        {
            return new MarkNotificationReadPayload { Errors = [locked.ToError()] };
        }

        if (notification is null)
            return new MarkNotificationReadPayload { Errors = [NotFoundError.For(nameof(Notification), input.NotificationId)] };
        if (notification.IsRead)
            return new MarkNotificationReadPayload { Notification = notification };

        notification.IsRead = true;
        var entries = ChangeCommit.Announce(db, outbox,
            new NodeChange(ChangeOperation.Updated, nameof(Notification), notification.Id, ["isRead", "readAt"], DateTimeOffset.UtcNow).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new MarkNotificationReadPayload { Notification = notification };
    }

    [Authorize]
    [GraphQLDescription("Marks every unread notification of the current user read.")]
    public async Task<MarkAllNotificationsReadPayload> MarkAllNotificationsRead(
        IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var user = Viewers.Of(context).UserId;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The user's row first (their unread count's), so concurrent calls queue there rather than lock the notifications
        // in different orders.
        try
        {
            await LockedRows.FindForUpdateAsync<User>(db, user, cancellationToken);
        }
        catch (RowLockedException locked)
        {
            return new MarkAllNotificationsReadPayload { Errors = [locked.ToError()] };
        }

        var marked = await db.Database.SqlQuery<Guid>($"""
            UPDATE notifications SET is_read = true WHERE user_id = {user} AND NOT is_read RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        var at = DateTimeOffset.UtcNow;
        var entries = ChangeCommit.Announce(db, outbox,
            [.. marked.Select(id => new NodeChange(ChangeOperation.Updated, nameof(Notification), id, ["isRead", "readAt"], at).Event)]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return new MarkAllNotificationsReadPayload
        {
            User = await db.Set<User>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == user, cancellationToken),
            MarkedCount = marked.Count,
        };
    }
}
