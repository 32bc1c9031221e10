using System.Data.Common;
using System.Text.Json;

namespace Graph.Persistence.Outbox;

/// <summary>
/// Writes domain events in the transaction of the change they announce, so a rolled-back change announces
/// nothing and a committed one is never lost. Write the event after the change itself (the row lock then
/// orders events of one node by commit), and commit through <see cref="CommitAsync"/>.
/// </summary>
public interface IEventOutbox
{
    EventDeliveryMode Mode { get; }

    /// <summary>
    /// Inserts the event on the transaction's connection; in Postgres mode the table's trigger issues the
    /// <c>pg_notify</c>, which PostgreSQL delivers only if the transaction commits.
    /// </summary>
    /// <param name="transaction">An <c>NpgsqlTransaction</c> (EF Core: <c>Database.CurrentTransaction.GetDbTransaction()</c>).</param>
    Task<OutboxEvent> AddAsync(DbTransaction transaction, string topic, JsonElement payload, CancellationToken cancellationToken = default);

    /// <summary>Serializes <paramref name="payload"/> with System.Text.Json (web defaults: camelCase) and adds it.</summary>
    Task<OutboxEvent> AddAsync<TPayload>(DbTransaction transaction, string topic, TPayload payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// The event as a row to save with EF beside the change it announces (after the change, in the same
    /// <c>SaveChanges</c>: one batch, one round trip); once that is committed, <see cref="PublishSavedAsync"/>.
    /// </summary>
    OutboxEntry Entry<TPayload>(string topic, TPayload payload);

    /// <summary>After the commit that saved them: publishes <paramref name="entries"/> in InProcess mode (Postgres mode:
    /// the trigger's NOTIFY went out with the commit).</summary>
    Task PublishSavedAsync(IReadOnlyCollection<OutboxEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Commits the transaction, then (InProcess mode) publishes the events it wrote.</summary>
    Task CommitAsync(DbTransaction transaction, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a transaction committed elsewhere (by its own <c>CommitAsync</c>): publishes, in InProcess mode, the
    /// events it wrote. Postgres mode needs nothing here: NOTIFY went out with the commit.
    /// </summary>
    Task PublishCommittedAsync(DbTransaction transaction, CancellationToken cancellationToken = default);
}
