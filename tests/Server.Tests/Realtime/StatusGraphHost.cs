using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Persistence.Seeding;
using Graph.Schema;
using Graph.Schema.Composition;
using Graph.Server.Auth;
using Graph.Server.Realtime;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// The whole server as Program.cs composes it (every module, auth, HTTP and realtime transports, Postgres fan-out)
/// on a demo-seeded database, plus <c>Booking.adminNote</c>, a field only admins may read.
/// </summary>
public sealed class StatusGraphHost : DatabaseFixture, IAsyncLifetime
{
    private WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri GraphQL => new(Client.BaseAddress!, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQL) { Scheme = "ws" }.Uri;

    public IServiceProvider Services => _app.Services;

    public InMemoryTopicEventBus Bus => Services.GetRequiredService<InMemoryTopicEventBus>();

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
            ["ConnectionStrings:Graph"] = ConnectionString,
            ["Identity:SigningKey"] = AuthTestHost.SigningKey,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphPersistence(builder.Configuration).AddGraphSchema().AddGraphModules().AddGraphAuth().AddGraphServer()
            .AddGraphRealtime(builder.Configuration);
        builder.Services.AddSchemaModule<AdminNoteModule>();
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
        await _app.Services.GetRequiredService<OutboxDeliveryService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        await _app.Services.GetRequiredService<SeedRunner>().RunAsync(new SeedRequest(SeedMode.Demo));
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public new async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    public Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null) => PostAsync(Client, query, variables, token);

    public static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A demo account's access token (<c>role@demo.graph</c>).</summary>
    public Task<string> TokenAsync(string role) => TokenAsync(Client, role);

    public static async Task<string> TokenAsync(HttpClient client, string role)
    {
        var login = await PostAsync(
            client,
            "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken errors { message } } }",
            new { e = role.ToLowerInvariant() + "@demo.graph", p = "demo-password" });
        return login.GetProperty("data").GetProperty("login").GetProperty("accessToken").GetString()
            ?? throw new InvalidOperationException("Login failed: " + login);
    }

    /// <summary>Waits until the topic bus has <paramref name="count"/> subscribers of <paramref name="topic"/> (the clients' subscriptions are set up).</summary>
    public async Task WaitForSubscribersAsync(string topic, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Bus.SubscriberCount(topic) < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{count} subscriber(s) of {topic} never came.");
            await Task.Delay(20);
        }
    }

    /// <summary>Moves a booking as an admin; fails the test unless the move is made.</summary>
    public static async Task MoveBookingAsync(HttpClient client, string token, string bookingId, string status)
    {
        var response = await PostAsync(
            client,
            "mutation($id: ID!, $s: BookingStatus!) { updateBookingStatus(input: {bookingId: $id, status: $s}) { booking { status } errors { message } } }",
            new { id = bookingId, s = status },
            token);
        Assert.True(
            response.GetProperty("data").GetProperty("updateBookingStatus").GetProperty("booking").ValueKind == JsonValueKind.Object,
            response.GetRawText());
    }

    /// <summary>Puts a booking into a status behind the schema's back; its global ID.</summary>
    public async Task<string> ResetBookingAsync(int index, string status)
    {
        await using var command = DataSource.CreateCommand(
            "UPDATE bookings SET status = $1 WHERE id = (SELECT id FROM bookings ORDER BY id OFFSET $2 LIMIT 1) RETURNING id");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = status });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = index });
        return Graph.Schema.Relay.NodeId.Format("Booking", (Guid)(await command.ExecuteScalarAsync())!);
    }

    private sealed class AdminNoteModule : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.AddTypeExtension<AdminNote>();
    }

    [ExtendObjectType("Booking")]
    public sealed class AdminNote
    {
        [Authorize(Roles = ["ADMIN"])]
        public string? GetAdminNote([Parent] Booking booking) => "note on " + booking.Status;
    }
}
