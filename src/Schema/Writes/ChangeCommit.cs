using Graph.Persistence.Outbox;
using Microsoft.EntityFrameworkCore.Storage;

namespace Graph.Schema.Writes;

/// <summary>
/// How every write ends: its events join its transaction (after the change, so the row lock orders one node's events
/// by commit), the transaction commits, then the outbox publishes. Rolled back, it announces nothing.
/// </summary>
public static class ChangeCommit
{
    public static async Task CommitAsync(
        IDbContextTransaction transaction, IEventOutbox outbox, CancellationToken cancellationToken, params (string Topic, object Payload)[] events)
    {
        var connectionTransaction = transaction.GetDbTransaction();
        foreach (var (topic, payload) in events)
            await outbox.AddAsync(connectionTransaction, topic, payload, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await outbox.PublishCommittedAsync(connectionTransaction, cancellationToken);
    }
}
