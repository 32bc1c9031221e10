using Graph.Schema.Relay;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// The graphql-ws and graphql-sse npm clients (<see cref="SubscriptionOracle"/>) subscribe to <c>bookingStatusChanged</c>
/// on the whole server with a demo account's token; <c>updateBookingStatus</c> mutations over HTTP fire, and the events
/// must arrive as the clients parse them.
/// </summary>
public sealed class StatusClientConformanceTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private static readonly string[] Path = ["PENDING", "CONFIRMED", "SAMPLE_COLLECTED", "PROCESSING"];

    private const string Subscription = """
        subscription Changed($id: ID) {
          bookingStatusChanged(bookingId: $id) { booking { id status } previousStatus status changedAt }
        }
        """;

    [Theory]
    [InlineData("ws", 0)]
    [InlineData("sse-distinct", 1)]
    [InlineData("sse-single", 2)]
    public async Task The_client_receives_the_changes_a_mutation_makes(string transport, int booking)
    {
        var bookingId = await host.ResetBookingAsync(booking, Path[0]);
        // Row filters will decide what a caller sees; an admin sees every booking.
        var token = await host.TokenAsync("ADMIN");
        await using var client = await SubscriptionOracle.StartAsync(host, transport, token, Subscription, new { id = bookingId }, Path.Length - 1);
        await host.WaitForSubscribersAsync("bookingStatusChanged:" + Key(bookingId), 1);
        for (var i = 1; i < Path.Length; i++)
            await StatusGraphHost.MoveBookingAsync(host.Client, token, bookingId, Path[i]);

        for (var i = 1; i < Path.Length; i++)
        {
            var changed = (await client.NextAsync()).GetProperty("bookingStatusChanged");
            Assert.Equal(bookingId, changed.GetProperty("booking").GetProperty("id").GetString());
            Assert.Equal(Path[i - 1], changed.GetProperty("previousStatus").GetString());
            Assert.Equal(Path[i], changed.GetProperty("status").GetString());
        }

        await client.DoneAsync();
    }

    private static string Key(string id)
    {
        NodeId.TryParse(id, out var parsed);
        parsed.TryGetGuid(out var key);
        return key.ToString("D");
    }
}
