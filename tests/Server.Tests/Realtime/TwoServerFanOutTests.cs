using System.Text.Json;
using System.Threading.Channels;
using Graph.Schema.Relay;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Realtime;

/// <summary>Two built server processes on one database (Subscriptions:Mode Postgres): subscribed on one, mutated on the other.</summary>
public sealed class TwoServerFanOutTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_mutation_on_one_server_reaches_a_subscriber_on_the_other()
    {
        var connectionString = fixture.ConnectionString;
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Graph"] = connectionString,
            ["Identity__SigningKey"] = AuthTestHost.SigningKey,
            ["Subscriptions__Mode"] = "Postgres",
        };
        await using var directoryA = new ServerWorkingDirectory();
        await using var directoryB = new ServerWorkingDirectory();
        var (seeded, seedOutput) = await GraphServerProcess.RunAsync(directoryA.Path, ["seed", "--demo"], environment);
        Assert.True(seeded == 0, seedOutput);
        await using var subscriberServer = GraphServerProcess.Serve(directoryA.Path, environment);
        await using var mutatorServer = GraphServerProcess.Serve(directoryB.Path, environment);
        await Task.WhenAll(subscriberServer.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)), mutatorServer.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)));
        using var mutator = new HttpClient { BaseAddress = new Uri(mutatorServer.Url!) };
        var admin = await StatusGraphHost.TokenAsync(mutator, "ADMIN");
        var enrollmentId = NodeId.Format("Enrollment", await Sql.ScalarAsync<Guid>(
            connectionString, "UPDATE enrollments SET status = 'ACTIVE', freeze_days_allowed = 1000, freeze_days_used = 0, frozen_on = NULL, frozen_until = NULL WHERE id = (SELECT id FROM enrollments ORDER BY id LIMIT 1) RETURNING id"));

        await using var socket = await TestSocket.ConnectAsync(new Uri(subscriberServer.Url!.Replace("http", "ws") + "/graphql"), "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{admin}}"}""");
        await socket.SendAsync(JsonSerializer.Serialize(new
        {
            id = "e",
            type = "subscribe",
            payload = new
            {
                query = "subscription($id: ID) { enrollmentStatusChanged(enrollmentId: $id) { enrollment { id status } previousStatus status } }",
                variables = new { id = enrollmentId },
            },
        }));

        var messages = Channel.CreateUnbounded<JsonElement>();
        // One reader for the socket: a timed-out ClientWebSocket read would abort it.
        var reader = Task.Run(async () =>
        {
            while (await socket.ReceiveTextAsync(120_000) is { } text)
                await messages.Writer.WriteAsync(JsonDocument.Parse(text).RootElement.Clone());
        });

        // The subscription goes live at some point after subscribe (nothing acknowledges it): freeze and thaw on the
        // other server until an event shows it is, then one more move must be the very next event.
        var status = "ACTIVE";
        JsonElement? first = null;
        for (var attempt = 0; attempt < 30 && first is null; attempt++)
        {
            status = status == "ACTIVE" ? "FROZEN" : "ACTIVE";
            await MoveAsync(mutator, admin, enrollmentId, status);
            first = await TryReceiveAsync(messages, 1000);
        }

        Assert.NotNull(first);
        while (await TryReceiveAsync(messages, 1000) is { } late)
            first = late;
        Assert.Equal(status, Changed(first.Value).GetProperty("status").GetString());

        var next = status == "ACTIVE" ? "FROZEN" : "ACTIVE";
        await MoveAsync(mutator, admin, enrollmentId, next);
        var changed = Changed(await TryReceiveAsync(messages, 15_000) ?? throw new TimeoutException("No event for the last move."));
        Assert.Equal(status, changed.GetProperty("previousStatus").GetString());
        Assert.Equal(next, changed.GetProperty("status").GetString());
        Assert.Equal(enrollmentId, changed.GetProperty("enrollment").GetProperty("id").GetString());
        Assert.Equal(next, changed.GetProperty("enrollment").GetProperty("status").GetString());
    }

    private static JsonElement Changed(JsonElement message)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        return message.GetProperty("payload").GetProperty("data").GetProperty("enrollmentStatusChanged");
    }

    private static async Task<JsonElement?> TryReceiveAsync(Channel<JsonElement> messages, int timeoutMs)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Freezes the enrollment for a day (to FROZEN) or resumes it (to ACTIVE), giving the day back.</summary>
    private static async Task MoveAsync(HttpClient client, string token, string enrollmentId, string status)
    {
        var (field, query) = status == "FROZEN"
            ? ("freezeEnrollment", "mutation($id: ID!) { freezeEnrollment(input: {enrollmentId: $id, days: 1}) { enrollment { status } errors { message } } }")
            : ("resumeEnrollment", "mutation($id: ID!) { resumeEnrollment(input: {enrollmentId: $id}) { enrollment { status } errors { message } } }");
        var response = await StatusGraphHost.PostAsync(client, query, new { id = enrollmentId }, token);
        Assert.Equal(status, response.GetProperty("data").GetProperty(field).GetProperty("enrollment").GetProperty("status").GetString());
    }
}
