using System.Text.Json;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Server;
using Graph.Server.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Server.Tests.Realtime;

/// <summary>A minimal app with the realtime endpoint and <see cref="TestSchema"/>, on Kestrel at a free loopback port.</summary>
internal sealed class RealtimeTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RealtimeTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQL) { Scheme = "ws" }.Uri;

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public InMemoryTopicEventBus Bus => Services.GetRequiredService<InMemoryTopicEventBus>();

    public static async Task<RealtimeTestHost> StartAsync(
        string connectionString,
        Action<RealtimeOptions>? configure = null,
        IConnectionAuthenticator? authenticator = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        var configuration = new Dictionary<string, string?> { ["ConnectionStrings:Graph"] = connectionString, ["RateLimits:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphPersistence(builder.Configuration).AddGraphServer().AddGraphRealtime(builder.Configuration);
        builder.Services.AddSingleton<GraphSchema>(sp => TestSchema.Create(sp.GetRequiredService<ITopicEventReceiver>()));
        if (configure is not null)
            builder.Services.PostConfigure(configure);
        if (authenticator is not null)
            builder.Services.AddSingleton(authenticator);
        var app = builder.Build();
        app.MapGraphQLRealtime("/graphql");
        // Stands in for the HTTP transport's endpoint on the same route.
        app.MapPost("/graphql", () => Results.Text("http transport"));
        app.MapGet("/graphql", () => Results.Text("http transport"));
        await app.StartAsync();
        await app.Services.GetRequiredService<OutboxDeliveryService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RealtimeTestHost(app, new Uri(address));
    }

    /// <summary>Writes an event through the outbox in its own transaction, committed or rolled back.</summary>
    public async Task<OutboxEvent> WriteEventAsync(string topic, object payload, bool commit = true)
    {
        var dataSource = Services.GetRequiredService<NpgsqlDataSource>();
        var outbox = Services.GetRequiredService<IEventOutbox>();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var written = await outbox.AddAsync(transaction, topic, JsonSerializer.SerializeToElement(payload));
        if (commit)
            await outbox.CommitAsync(transaction);
        else
            await transaction.RollbackAsync();
        return written;
    }

    /// <summary>Waits until the topic has <paramref name="count"/> subscribers on this host.</summary>
    public async Task WaitForSubscribersAsync(string topic, int count = 1, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (Bus.SubscriberCount(topic) < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Topic {topic} has {Bus.SubscriberCount(topic)} subscribers, expected {count}.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
