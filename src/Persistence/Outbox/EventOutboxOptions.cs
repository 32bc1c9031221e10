namespace Graph.Persistence.Outbox;

/// <summary>Settings of the event outbox and its delivery, bound from the <c>Subscriptions</c> section.</summary>
public sealed class EventOutboxOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary><c>Subscriptions:Mode</c>: Postgres (the default, safe for any number of instances) or InProcess.</summary>
    public EventDeliveryMode Mode { get; set; } = EventDeliveryMode.Postgres;

    /// <summary>The NOTIFY channel (an identifier below 64 bytes).</summary>
    public string Channel { get; set; } = "graph_events";

    /// <summary>
    /// The largest NOTIFY payload (bytes) that carries the event itself; larger ones carry only its id and
    /// sequence and receivers read the row. PostgreSQL refuses payloads of 8000 bytes or more.
    /// </summary>
    public int InlinePayloadLimit { get; set; } = 7900;

    /// <summary>The first wait before the listener reconnects; it doubles (with jitter) up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After a reconnect the listener re-reads events created up to this long before it lost its connection,
    /// so a transaction that began before the outage and committed during it is not missed (those seen
    /// already are skipped by sequence).
    /// </summary>
    public TimeSpan CatchUpLookback { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the listener waits for a notification before checking its connection with a query.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>InProcess mode: how often committed events no writer claimed are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>InProcess mode: how old an unclaimed event must be before the sweeper takes it from its writer.</summary>
    public TimeSpan SweepDelay { get; set; } = TimeSpan.FromSeconds(1);
}
