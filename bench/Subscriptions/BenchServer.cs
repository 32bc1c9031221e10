using System.Diagnostics;
using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Migrations;
using Graph.Persistence.Outbox;
using Graph.Server.Realtime;
using Npgsql;

namespace Graph.Bench.Subscriptions;

/// <summary>
/// The server side: the realtime endpoint with a one-field schema (every subscriber listens to one booking's
/// status), plus /bench endpoints to count subscribers, read memory and publish a status event through the
/// outbox (so delivery takes the real path: INSERT + NOTIFY, LISTEN, topic bus, WebSocket).
/// </summary>
internal static class BenchServer
{
    public const string Topic = "bookingStatusChanged:bench";

    public static async Task<int> RunAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Graph"] = connectionString });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphPersistence(builder.Configuration).AddGraphRealtime(builder.Configuration);
        builder.Services.AddSingleton(sp => Schema(sp.GetRequiredService<ITopicEventReceiver>()));
        var app = builder.Build();
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();
        app.MapGraphQLRealtime("/graphql");
        app.MapGet("/bench/subscribers", (InMemoryTopicEventBus bus) => bus.SubscriberCount(Topic));
        app.MapGet("/bench/memory", () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            return Results.Json(new { workingSet = process.WorkingSet64, managed = GC.GetTotalMemory(false) });
        });
        app.MapPost("/bench/publish", async (NpgsqlDataSource dataSource, IEventOutbox outbox, string status) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var payload = JsonSerializer.SerializeToElement(new { bookingId = "bench", status, sentAt = DateTime.UtcNow.Ticks });
            await outbox.AddAsync(transaction, Topic, payload);
            await outbox.CommitAsync(transaction);
            return Results.Ok();
        });
        await app.StartAsync();
        await app.Services.GetRequiredService<OutboxDeliveryService>().Ready;
        Console.WriteLine("LISTENING " + app.Urls.First());
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static GraphSchema Schema(ITopicEventReceiver receiver) => SchemaBuilder.FromSdl("""
        type Query { ok: Boolean }
        type Subscription { bookingStatusChanged(bookingId: ID!): BookingStatusEvent! }
        type BookingStatusEvent { bookingId: ID! status: String! sentAt: Long! }
        scalar Long
        """, new SchemaBuildOptions()
        .Subscribe("Subscription.bookingStatusChanged", async context =>
            Map((await receiver.SubscribeAsync<OutboxEvent>("bookingStatusChanged:" + context.ArgumentValue<string>("bookingId"), context.RequestAborted)).ReadMessagesAsync()))
        .Resolve("Subscription.bookingStatusChanged", context => context.Parent));

    private static async IAsyncEnumerable<object?> Map(IAsyncEnumerable<OutboxEvent> events, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in events.WithCancellation(cancellationToken))
            yield return JsonValues.FromJsonElement(e.Payload);
    }
}
