using System.Text.Json;
using Npgsql;

namespace Graph.Persistence.Outbox;

/// <summary>Reading <c>event_outbox</c> rows (columns in the order of <see cref="Columns"/>).</summary>
internal static class OutboxRows
{
    public const string Columns = "id, sequence, topic, payload::text, created_at";

    public static OutboxEvent Read(NpgsqlDataReader reader)
    {
        using var payload = JsonDocument.Parse(reader.GetString(3));
        return new OutboxEvent(
            reader.GetGuid(0),
            reader.GetInt64(1),
            reader.GetString(2),
            payload.RootElement.Clone(),
            reader.GetFieldValue<DateTimeOffset>(4));
    }

    public static async Task<List<OutboxEvent>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var events = new List<OutboxEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(Read(reader));
        return events;
    }
}
