using Graph.Persistence;
using Graph.Persistence.Model;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Schema.StatusChanges;

/// <summary>How a status mutation reads and writes one node type's status.</summary>
/// <param name="TypeName">The GraphQL type, for global IDs and messages.</param>
/// <param name="EventField">The subscription field announcing the change (its topic).</param>
/// <param name="Apply">Sets the status and whatever goes with it (timestamps) at the given time.</param>
/// <param name="AlsoWrites">Adds what else the change writes in its transaction (a journey event), given the node, the
/// previous status and the time; answers the events of those rows.</param>
/// <param name="SettledByDatabase">Whether the database's triggers may settle the status on another value than the one
/// asked for (an invoice sent past its due date is OVERDUE): the row is read back after the write, and the event and
/// the payload carry what the database made of it.</param>
public sealed record StatusField<TNode, TStatus>(
    string TypeName,
    string EventField,
    StatusTransitions<TStatus> Transitions,
    Func<TNode, TStatus> Current,
    Action<TNode, TStatus, DateTimeOffset> Apply,
    Func<GraphDbContext, TNode, TStatus, DateTimeOffset, (string Topic, object Payload)[]>? AlsoWrites = null,
    bool SettledByDatabase = false)
    where TNode : Entity
    where TStatus : struct, Enum;

/// <summary>The one way a status moves: lock the row, ask the state machine, save, write the event, commit.</summary>
public static class StatusMutation
{
    public static async Task<(TNode? Node, IMutationError? Error)> ChangeAsync<TNode, TStatus>(
        StatusField<TNode, TStatus> field, GraphDbContext db, IEventOutbox outbox, string id, TStatus status, CancellationToken cancellationToken)
        where TNode : Entity
        where TStatus : struct, Enum
    {
        if (!NodeKeys.TryParse(id, field.TypeName, out var key))
            return (null, NotFoundError.For(field.TypeName, id));

        // Disposed without a commit (a refusal, an exception), the transaction rolls back and announces nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        TNode? node;
        try
        {
            node = await LockedRows.FindForUpdateAsync<TNode>(db, key, cancellationToken);
        }
        catch (RowLockedException locked)
        {
            return (null, locked.ToError());
        }

        if (node is null)
            return (null, NotFoundError.For(field.TypeName, id));

        var previous = field.Current(node);
        if (!field.Transitions.Allows(previous, status))
            return (null, field.Transitions.Refusal(field.TypeName, previous, status));

        var changedAt = DateTimeOffset.UtcNow;
        field.Apply(node, status, changedAt);
        var also = field.AlsoWrites?.Invoke(db, node, previous, changedAt) ?? [];
        try
        {
            if (field.SettledByDatabase)
            {
                await db.SaveChangesAsync(cancellationToken);
                await db.Entry(node).ReloadAsync(cancellationToken);
            }

            var change = new StatusChange(key, StatusTransitions<TStatus>.Name(previous), StatusTransitions<TStatus>.Name(field.Current(node)), changedAt);
            var events = ChangeCommit.Announce(db, outbox, [change.Event(field.EventField), change.NodeChange(field.TypeName), .. also]);
            await db.SaveChangesAsync(cancellationToken);
            await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.CheckViolation } refusal)
        {
            // A rule of the database on the move (a checkout approved beyond what is available): its own words.
            db.ChangeTracker.Clear();
            return (null, new ValidationError(refusal.MessageText, "status"));
        }

        return (node, null);
    }
}
