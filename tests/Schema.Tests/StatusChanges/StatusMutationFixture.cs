using System.Security.Claims;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Tests.StatusChanges;

/// <summary>
/// A seeded database, the composed schema and the real event outbox (InProcess mode, so what a commit publishes
/// reaches <see cref="Published"/> without a listener); requests run in a scope like the server's, as a caller
/// with the given roles.
/// </summary>
public sealed class StatusMutationFixture : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private ServiceProvider _services = null!;

    public RecordingSink Published { get; } = new();

    public GraphSchema Schema { get; private set; } = null!;

    public Npgsql.NpgsqlDataSource DataSource => _database.DataSource;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<GraphDbContext>(o => PersistenceServiceCollectionExtensions.ConfigureDbContext(o, _database.DataSource));
        services.AddScoped<Graph.Persistence.Access.DataViewerScope>();
        services.AddScoped(PersistenceServiceCollectionExtensions.ScopedContext);
        services.AddSingleton<IEventOutbox>(new EventOutbox(
            _database.DataSource,
            Options.Create(new EventOutboxOptions { Mode = EventDeliveryMode.InProcess }),
            [Published],
            NullLogger<EventOutbox>.Instance));
        services.AddGraphSchema().AddGraphModules();
        services.AddSingleton(new Graph.Schema.Programs.AttendanceTokens(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        _services = services.BuildServiceProvider();
        await new DemoSeeder(_services.GetRequiredService<IDbContextFactory<GraphDbContext>>())
            .SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
        Schema = _services.GetRequiredService<GraphSchema>();
    }

    public GraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();

    /// <summary>Runs an operation as a signed-in caller with <paramref name="roles"/>; the whole response.</summary>
    public async Task<JsonElement> RunAsync(string query, object? variables, params string[] roles)
    {
        await using var scope = _services.CreateAsyncScope();
        var claims = new List<Claim> { new("sub", Guid.CreateVersion7().ToString()) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        var caller = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", "sub", "role"));
        Graph.Schema.Authorization.Viewers.ReadAs(scope.ServiceProvider, caller);
        var variableValues = variables is null
            ? null
            : (IReadOnlyDictionary<string, object?>?)JsonValues.FromJsonElement(JsonSerializer.SerializeToElement(variables));
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema,
            new ExecutionRequest(query, Variables: variableValues),
            new ExecutionOptions
            {
                Services = scope.ServiceProvider,
                ContextData = new Dictionary<string, object?> { [AuthorizationSchema.ClaimsPrincipalKey] = caller },
            });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement.Clone();
    }

    /// <summary>The outbox rows of a topic, oldest first.</summary>
    public async Task<List<JsonElement>> OutboxPayloadsAsync(string topic)
    {
        await using var command = _database.DataSource.CreateCommand("SELECT payload::text FROM event_outbox WHERE topic = $1 ORDER BY sequence");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = topic });
        var payloads = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            payloads.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        return payloads;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>Every event the outbox published, in order.</summary>
public sealed class RecordingSink : IOutboxEventSink
{
    private readonly List<OutboxEvent> _events = [];

    public IReadOnlyList<OutboxEvent> Events
    {
        get
        {
            lock (_events)
                return [.. _events];
        }
    }

    public IReadOnlyList<OutboxEvent> For(string topic) => Events.Where(e => e.Topic == topic).ToList();

    public ValueTask PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        lock (_events)
            _events.Add(outboxEvent);
        return ValueTask.CompletedTask;
    }
}
