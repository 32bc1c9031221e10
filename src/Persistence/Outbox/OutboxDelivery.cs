using Npgsql;
using NpgsqlTypes;

namespace Graph.Persistence.Outbox;

/// <summary>
/// Tells the database how the servers hear events it writes itself (<c>event_outbox_announce</c>, migration 0019: a
/// notification written by a trigger): the NOTIFY channel the listener LISTENs on, or none when events are delivered in
/// process (the sweeper then publishes those rows). One row; every server of a deployment sets the same.
/// </summary>
internal static class OutboxDelivery
{
    private const string Set = """
        UPDATE event_outbox_delivery SET notify_channel = $1, notify_limit = $2
        WHERE notify_channel IS DISTINCT FROM $1 OR notify_limit <> $2
        """;

    public static async Task SetAsync(NpgsqlDataSource dataSource, string? channel, int notifyLimit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Set);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)channel ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = notifyLimit, NpgsqlDbType = NpgsqlDbType.Integer });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
