using Graph.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Graph.Schema.Writes;

/// <summary>
/// How every write announces itself: its events are added to the context after the change (<see cref="Announce"/>),
/// so the same <c>SaveChanges</c> writes both in one batch, one round trip (the table's trigger sends the NOTIFY);
/// then <see cref="CommitAsync"/> commits the write's transaction, if it opened one, and the outbox publishes. A write
/// that rolls back announces nothing. Writes that change an existing row lock it first, so one node's events keep
/// commit order.
/// </summary>
public static class ChangeCommit
{
    public static IReadOnlyList<OutboxEntry> Announce(DbContext db, IEventOutbox outbox, params (string Topic, object Payload)[] events)
    {
        var entries = events.Select(e => outbox.Entry(e.Topic, e.Payload)).ToList();
        db.AddRange(entries);
        return entries;
    }

    public static async Task CommitAsync(IDbContextTransaction? transaction, IEventOutbox outbox, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        await outbox.PublishSavedAsync([.. entries], cancellationToken);
    }
}
