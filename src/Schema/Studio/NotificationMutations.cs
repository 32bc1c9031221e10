using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
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

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class NotificationMutations
{
    [Authorize]
    [GraphQLDescription("Marks every unread notification of the current user read (one notification: updateNotification with isRead).")]
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
