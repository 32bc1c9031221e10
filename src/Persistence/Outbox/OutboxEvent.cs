using System.Text.Json;

namespace Graph.Persistence.Outbox;

/// <summary>One committed row of <c>event_outbox</c>: what fan-out publishes to in-process subscribers.</summary>
/// <param name="Sequence">Insert order; per node the commit order (see 0006_event_outbox.sql).</param>
/// <param name="CreatedAt">The writing transaction's start time (<c>now()</c>).</param>
public sealed record OutboxEvent(Guid Id, long Sequence, string Topic, JsonElement Payload, DateTimeOffset CreatedAt);
