using System.Text.Json;
using Graph.Schema.Relay;
using Npgsql;

namespace Graph.Schema.Tests.StatusChanges;

/// <summary>The change and its event are one transaction: they commit together or not at all.</summary>
[Collection(StatusMutationCollection.Name)]
public sealed class StatusChangeTransactionTests(StatusMutationFixture fixture)
{
    private const string Move = """
        mutation($id: ID!, $status: BookingStatus!) {
          updateBookingStatus(input: { bookingId: $id, status: $status }) { booking { status } errors { message } }
        }
        """;

    [Fact]
    public async Task The_event_row_is_written_by_the_transaction_that_changes_the_node()
    {
        var key = await PrepareAsync("PENDING");
        // Triggers note which transaction writes the booking and which the event (xmin would not do: the
        // in-process outbox marks the event published afterwards, in another transaction).
        await ExecuteAsync($"""
            CREATE TABLE test_writers (what text, xid bigint);
            CREATE FUNCTION test_note_writer() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO test_writers VALUES (TG_TABLE_NAME, txid_current()); RETURN NEW; END $$;
            CREATE TRIGGER test_note_booking AFTER UPDATE ON bookings FOR EACH ROW WHEN (NEW.id = '{key}') EXECUTE FUNCTION test_note_writer();
            CREATE TRIGGER test_note_event AFTER INSERT ON event_outbox FOR EACH ROW WHEN (NEW.topic = '{Topic(key)}') EXECUTE FUNCTION test_note_writer();
            """);
        try
        {
            await MoveAsync(key, "CONFIRMED");

            var bookingWriter = await ScalarAsync("SELECT xid FROM test_writers WHERE what = $1", "bookings");
            var eventWriter = await ScalarAsync("SELECT xid FROM test_writers WHERE what = $1", "event_outbox");
            Assert.NotNull(eventWriter);
            Assert.Equal(bookingWriter, eventWriter);
        }
        finally
        {
            await ExecuteAsync("""
                DROP TRIGGER test_note_booking ON bookings; DROP TRIGGER test_note_event ON event_outbox;
                DROP FUNCTION test_note_writer(); DROP TABLE test_writers;
                """);
        }
    }

    [Fact]
    public async Task A_change_whose_commit_fails_is_not_announced()
    {
        var key = await PrepareAsync("PENDING");
        // A deferred constraint trigger fails the COMMIT itself, after the change and its event were both written.
        await ExecuteAsync($"""
            CREATE OR REPLACE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced rollback'; END $$;
            CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON event_outbox DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN (NEW.topic = '{Topic(key)}') EXECUTE FUNCTION test_fail_commit();
            """);
        JsonElement response;
        try
        {
            response = await fixture.RunAsync(Move, new { id = NodeId.Format("Booking", key), status = "CONFIRMED" }, "ADMIN");
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER test_fail_commit ON event_outbox; DROP FUNCTION test_fail_commit();");
        }

        Assert.True(response.TryGetProperty("errors", out _), response.GetRawText());
        Assert.Equal("PENDING", await ScalarAsync("SELECT status FROM bookings WHERE id = $1", key));
        Assert.Null(await ScalarAsync("SELECT id FROM event_outbox WHERE topic = $1", Topic(key)));
        Assert.Empty(fixture.Published.For(Topic(key)));

        // The same move without the failing commit goes through and is announced.
        await MoveAsync(key, "CONFIRMED");
        Assert.Single(fixture.Published.For(Topic(key)));
    }

    [Fact]
    public async Task A_move_waits_for_a_locked_row_at_most_the_lock_timeout_and_is_refused_as_concurrent_while_reads_go_on()
    {
        var key = await PrepareAsync("PENDING");
        var id = NodeId.Format("Booking", key);
        await using var holder = await fixture.DataSource.OpenConnectionAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT id FROM bookings WHERE id = $1 FOR UPDATE", holder, holding))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = key });
            await lockRow.ExecuteScalarAsync();
        }

        var announced = fixture.Published.For(Topic(key)).Count;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var moving = fixture.RunAsync(
            "mutation($id: ID!) { updateBookingStatus(input: { bookingId: $id, status: CONFIRMED }) { booking { status } errors { __typename message } } }",
            new { id }, "ADMIN");

        // Reading the locked row does not wait.
        var read = await fixture.RunAsync("query($id: ID!) { node(id: $id) { ... on Booking { status } } }", new { id }, "ADMIN");
        Assert.Equal("PENDING", read.GetProperty("data").GetProperty("node").GetProperty("status").GetString());

        var refused = (await moving).GetProperty("data").GetProperty("updateBookingStatus");
        Assert.True(waited.Elapsed >= Graph.Persistence.Database.DatabaseOptions.DefaultLockTimeout - TimeSpan.FromMilliseconds(100), waited.Elapsed.ToString());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("booking").ValueKind);
        Assert.Equal("ConcurrencyError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(announced, fixture.Published.For(Topic(key)).Count);

        await holding.RollbackAsync();
        await MoveAsync(key, "CONFIRMED");
    }

    private static string Topic(Guid key) => "bookingStatusChanged:" + key.ToString("D");

    private async Task MoveAsync(Guid key, string status)
    {
        var response = await fixture.RunAsync(Move, new { id = NodeId.Format("Booking", key), status }, "ADMIN");
        Assert.Equal(status, response.GetProperty("data").GetProperty("updateBookingStatus").GetProperty("booking").GetProperty("status").GetString());
    }

    /// <summary>The last booking (the other tests use the first), in <paramref name="status"/>, with no events.</summary>
    private async Task<Guid> PrepareAsync(string status)
    {
        var key = (Guid)(await ScalarAsync("UPDATE bookings SET status = $1 WHERE id = (SELECT id FROM bookings ORDER BY id DESC LIMIT 1) RETURNING id", status))!;
        await using var clear = fixture.DataSource.CreateCommand("DELETE FROM event_outbox WHERE topic = $1");
        clear.Parameters.Add(new NpgsqlParameter { Value = Topic(key) });
        await clear.ExecuteNonQueryAsync();
        return key;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql, object value)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync();
    }
}
