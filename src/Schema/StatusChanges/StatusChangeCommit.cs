using Graph.Persistence.Outbox;
using Microsoft.EntityFrameworkCore.Storage;

namespace Graph.Schema.StatusChanges;

/// <summary>Ends a status mutation: the event row joins the change's transaction, which commits, then the outbox publishes.</summary>
public static class StatusChangeCommit
{
    /// <summary>Call after <c>SaveChangesAsync</c>: the updated row is locked, so events of one node keep commit order.</summary>
    public static async Task AnnounceAndCommitAsync(
        IDbContextTransaction transaction, IEventOutbox outbox, string field, StatusChange change, CancellationToken cancellationToken)
    {
        var connectionTransaction = transaction.GetDbTransaction();
        await outbox.AddAsync(connectionTransaction, StatusChange.Topic(field, change.Id), change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await outbox.PublishCommittedAsync(connectionTransaction, cancellationToken);
    }
}
