namespace Graph.Persistence.Outbox;

/// <summary>How committed outbox events reach the subscribers of this and other server instances.</summary>
public enum EventDeliveryMode
{
    /// <summary>
    /// The outbox table's trigger issues <c>pg_notify</c> in the change's transaction; every instance LISTENs and publishes
    /// what it hears, catching up from the table after a reconnect. Works for one instance and for many.
    /// </summary>
    Postgres,

    /// <summary>
    /// A single instance: no NOTIFY; the writer publishes in-process once the transaction commits
    /// (<see cref="IEventOutbox.CommitAsync"/>), and a sweeper publishes committed events nobody claimed.
    /// </summary>
    InProcess,
}
