using System.Text.Json;

namespace Graph.Persistence.Outbox;

/// <summary>
/// The NOTIFY payload the outbox table's trigger builds: <c>{"s": sequence, "i": id, "t": topic, "c": created_at,
/// "p": payload}</c>, without <c>"p"</c> when the whole would exceed the inline limit (the receiver then
/// reads the row by id).
/// </summary>
internal readonly record struct OutboxNotification(long Sequence, Guid Id, string Topic, DateTimeOffset CreatedAt, JsonElement? Payload)
{
    public static OutboxNotification Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        JsonElement? payload = root.TryGetProperty("p", out var p) ? p.Clone() : null;
        return new OutboxNotification(
            root.GetProperty("s").GetInt64(),
            root.GetProperty("i").GetGuid(),
            root.GetProperty("t").GetString()!,
            root.GetProperty("c").GetDateTimeOffset(),
            payload);
    }

    public OutboxEvent? ToEvent() => Payload is { } payload ? new OutboxEvent(Id, Sequence, Topic, payload, CreatedAt) : null;
}
