using System.Diagnostics;
using System.Net;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>graphql-sse reservations (PUT, open to anonymous callers) are bounded per client address and expire.</summary>
public sealed class EventStreamReservationLimitTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_client_holds_at_most_the_configured_pending_reservations_and_gets_more_as_they_expire()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Subscriptions:SseMaxPendingReservationsPerClient"] = "4",
                ["Subscriptions:SseReservationTimeout"] = "00:00:01",
            },
            connectionString: database.ConnectionString);

        for (var i = 0; i < 4; i++)
        {
            using var reserved = await server.Client.PutAsync("/graphql", null);
            Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);
        }

        using var refused = await server.Client.PutAsync("/graphql", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);

        // Unconnected reservations expire, and the client may reserve again.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var again = await server.Client.PutAsync("/graphql", null);
            if (again.StatusCode == HttpStatusCode.Created)
                break;
            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "The reservations never expired.");
        }
    }
}
