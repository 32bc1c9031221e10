using System.Text.Json;
using Graph.Schema.Relay;
using Graph.Server.Tests.Auth;
using Graph.Server.Tests.Realtime;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Webhooks;

/// <summary>
/// Built server processes on one seeded database with the webhook schedule scaled down (retries after 1 s, 2 s, 4 s;
/// no jitter; loopback receivers allowed), an admin's token, and bookings to move for events.
/// </summary>
public sealed class WebhookServers : IAsyncDisposable
{
    private readonly List<ServerWorkingDirectory> _directories = [];
    private readonly List<GraphServerProcess> _servers = [];
    private readonly Dictionary<string, string?> _environment;

    private WebhookServers(string connectionString, IReadOnlyDictionary<string, string?> settings)
    {
        ConnectionString = connectionString;
        _environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Graph"] = connectionString,
            ["Identity__SigningKey"] = AuthTestHost.SigningKey,
            ["Identity__AccessTokenLifetime"] = "01:00:00",
            ["Subscriptions__Mode"] = "Postgres",
            ["Webhooks__AllowPrivateNetworks"] = "true",
            ["Webhooks__RetrySchedule__0"] = "00:00:01",
            ["Webhooks__RetrySchedule__1"] = "00:00:02",
            ["Webhooks__RetrySchedule__2"] = "00:00:04",
            ["Webhooks__Jitter"] = "0",
            ["Webhooks__PollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings)
            _environment[key] = value;
    }

    public string ConnectionString { get; }

    public string Token { get; private set; } = "";

    public IReadOnlyList<GraphServerProcess> Servers => _servers;

    /// <summary>Seeds <paramref name="connectionString"/>'s database and starts <paramref name="count"/> servers on it.</summary>
    public static async Task<WebhookServers> StartAsync(string connectionString, int count = 1, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var servers = new WebhookServers(connectionString, settings ?? new Dictionary<string, string?>());
        var seedDirectory = servers.NewDirectory();
        var (seeded, output) = await GraphServerProcess.RunAsync(seedDirectory, ["seed", "--demo"], servers._environment);
        Assert.True(seeded == 0, output);
        for (var i = 0; i < count; i++)
            await servers.StartServerAsync();
        using var client = servers.Client();
        servers.Token = await StatusGraphHost.TokenAsync(client, "ADMIN");
        return servers;
    }

    /// <summary>One more server on the database (after a kill, a restart).</summary>
    public async Task<GraphServerProcess> StartServerAsync()
    {
        var server = GraphServerProcess.Serve(NewDirectory(), _environment);
        _servers.Add(server);
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        return server;
    }

    /// <summary>A client of the last server started.</summary>
    public HttpClient Client() => new() { BaseAddress = new Uri(_servers[^1].Url!) };

    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var client = Client();
        return await StatusGraphHost.PostAsync(client, query, variables, Token);
    }

    /// <summary>Registers a webhook for every booking's status changes (as the admin unless <paramref name="token"/> says); answers its id and secret.</summary>
    public async Task<(string Id, string Secret)> CreateWebhookAsync(
        string url, string subscription = "subscription { bookingStatusChanged { previousStatus status booking { id } } }", string? token = null)
    {
        using var client = Client();
        var response = await StatusGraphHost.PostAsync(
            client,
            "mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id } errors { message } } }",
            new { i = new { url, subscription } },
            token ?? Token);
        var payload = response.GetProperty("data").GetProperty("createWebhook");
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, response.GetRawText());
        return (payload.GetProperty("webhook").GetProperty("id").GetString()!, payload.GetProperty("secret").GetString()!);
    }

    /// <summary>
    /// Makes <paramref name="count"/> status events, round the bookings <paramref name="where"/> selects: each put back to
    /// PENDING behind the schema's back, then confirmed through it.
    /// </summary>
    public async Task MakeBookingEventsAsync(int count, string where = "true")
    {
        var bookings = await Sql.ColumnAsync(ConnectionString, $"SELECT id::text FROM bookings WHERE {where} ORDER BY id LIMIT 4");
        using var client = Client();
        for (var i = 0; i < count; i++)
        {
            var booking = bookings[i % bookings.Count];
            await Sql.ExecuteAsync(ConnectionString, $"UPDATE bookings SET status = 'PENDING' WHERE id = '{booking}'");
            await StatusGraphHost.MoveBookingAsync(client, Token, NodeId.Format("Booking", Guid.Parse(booking)), "CONFIRMED");
        }
    }

    /// <summary>Waits until no delivery is pending; answers the deliveries' global IDs.</summary>
    /// <summary>Waits until every outbox event was derived into deliveries and no delivery is pending: after that nothing
    /// more is sent (the condition "nothing more may come" waits for, instead of a sleep).</summary>
    public async Task WaitUntilSettledAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await Sql.ScalarAsync<long>(ConnectionString, "SELECT (SELECT count(*) FROM event_outbox WHERE webhooks_derived_at IS NULL) + (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING')") > 0)
        {
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"events underived or deliveries pending after {timeout}:\n{_servers[^1].Output}");
            await Task.Delay(100);
        }
    }

    public async Task<List<string>> WaitForDeliveriesAsync(int expected, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            // The ids first: a delivery made between the two reads is pending, so this never ends early.
            var all = await Sql.ColumnAsync(ConnectionString, "SELECT id::text FROM webhook_deliveries");
            var pending = await Sql.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING'");
            if (pending == 0 && all.Count >= expected)
                return [.. all.Select(id => NodeId.Format("WebhookDelivery", Guid.Parse(id)))];
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"{all.Count} of {expected} deliveries made, {pending} pending after {timeout}:\n{_servers[^1].Output}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        foreach (var directory in _directories)
            await directory.DisposeAsync();
    }

    private string NewDirectory()
    {
        var directory = new ServerWorkingDirectory();
        _directories.Add(directory);
        return directory.Path;
    }
}
