using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Persistence.Outbox;

/// <summary>
/// For EF Core contexts (<c>options.AddInterceptors(...)</c>): a transaction committed through EF publishes its
/// outbox events in InProcess mode as <see cref="IEventOutbox.CommitAsync"/> would. Postgres mode needs no
/// interceptor (NOTIFY goes out with the commit), so adding it there costs nothing.
/// </summary>
public sealed class EventOutboxTransactionInterceptor(IEventOutbox outbox) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        outbox.PublishCommittedAsync(transaction).GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        outbox.PublishCommittedAsync(transaction, cancellationToken);
}
