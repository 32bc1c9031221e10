using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Authorization;
using Graph.Schema.Tests.Data;
using Graph.Schema.Tests.StatusChanges;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Tests.Modules;

/// <summary>
/// A test class's migrated database with the demo data seeded, the composed schema (every module) over it, and
/// requests run in a service scope like the server's, recording the SQL they send.
/// </summary>
public class GraphFixture : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private ServiceProvider _services = null!;

    public SqlRecorder Sql { get; } = new();

    public TransactionRecorder Transactions { get; } = new();

    /// <summary>What the outbox published after each commit (InProcess mode: no listener needed).</summary>
    public RecordingSink Published { get; } = new();

    public GraphSchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<GraphDbContext>(o =>
            PersistenceServiceCollectionExtensions.ConfigureDbContext(o, _database.DataSource).AddInterceptors(Sql, Transactions));
        services.AddScoped<DataViewerScope>();
        services.AddScoped(PersistenceServiceCollectionExtensions.ScopedContext);
        services.AddSingleton<IEventOutbox>(new EventOutbox(
            _database.DataSource, Options.Create(new EventOutboxOptions { Mode = EventDeliveryMode.InProcess }), [Published], NullLogger<EventOutbox>.Instance));
        services.AddSingleton(new Programs.AttendanceTokens(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        services.AddGraphSchema().AddGraphModules();
        _services = services.BuildServiceProvider();
        await SeedAsync(_services, _database.DataSource);
        Schema = _services.GetRequiredService<GraphSchema>();
    }

    /// <summary>Fills the migrated database: the demo data.</summary>
    protected virtual Task SeedAsync(IServiceProvider services, Npgsql.NpgsqlDataSource dataSource) =>
        new DemoSeeder(services.GetRequiredService<IDbContextFactory<GraphDbContext>>())
            .SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);

    /// <summary>The fixture's services (schema, modules, contexts over its database).</summary>
    public IServiceProvider Services => _services;

    /// <summary>The fixture's database, for tests that read or write it apart from GraphQL.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>A context for reading expected values (not recorded… it shares the recorder, so clear after use).</summary>
    public GraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();

    /// <summary>The data of a request run as ADMIN (who reads every field), failing on any error.</summary>
    public Task<JsonElement> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        RunAsAsync(Callers.As(Role.Admin), query, variables);

    /// <summary>The data of a request run as <paramref name="caller"/>, failing on any error.</summary>
    public async Task<JsonElement> RunAsAsync(ClaimsPrincipal? caller, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = await ExecuteAsAsync(caller, query, variables);
        if (document.TryGetProperty("errors", out _))
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + document.GetRawText());
        return document.GetProperty("data");
    }

    /// <summary>The whole response (data and errors) of a request run as <paramref name="caller"/>, as the server runs it.</summary>
    /// <param name="contextData">Extra request context data, as a transport adds it (e.g. the client's address).</param>
    public async Task<JsonElement> ExecuteAsAsync(
        ClaimsPrincipal? caller, string query, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyDictionary<string, object?>? contextData = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var user = caller ?? Callers.Anonymous;
        Viewers.ReadAs(scope.ServiceProvider, user);
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema,
            new ExecutionRequest(query, Variables: variables),
            new ExecutionOptions
            {
                Services = scope.ServiceProvider,
                ContextData = new Dictionary<string, object?>(contextData ?? new Dictionary<string, object?>()) { [AuthorizationSchema.ClaimsPrincipalKey] = user },
            });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement;
    }

    /// <summary>The keys of <paramref name="clrType"/> rows that <paramref name="viewer"/> reads (its row rules) and
    /// <paramref name="predicate"/> holds for, in key order, asked apart from GraphQL.</summary>
    public async Task<List<Guid>> IdsAsync(Type clrType, DataViewer viewer, LambdaExpression? predicate = null, int take = int.MaxValue)
    {
        await using var db = CreateContext();
        db.ReadFor(new DataViewerScope { Viewer = viewer });
        var method = typeof(GraphFixture).GetMethod(nameof(IdsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<List<Guid>>)method.MakeGenericMethod(clrType).Invoke(null, [db, predicate, take])!;
    }

    private static Task<List<Guid>> IdsOf<T>(GraphDbContext db, LambdaExpression? predicate, int take)
        where T : Graph.Persistence.Model.Entity
    {
        IQueryable<T> rows = db.Set<T>();
        if (predicate is not null)
            rows = rows.Where((Expression<Func<T, bool>>)predicate);
        return rows.OrderBy(e => e.Id).Select(e => e.Id).Take(take).ToListAsync();
    }

    /// <summary>How many events the outbox holds on <paramref name="topic"/>.</summary>
    public Task<long> OutboxCountAsync(string topic) =>
        Graph.Testing.Postgres.Sql.ScalarAsync<long>(_database.DataSource, $"SELECT count(*) FROM event_outbox WHERE topic = '{topic}'");

    /// <summary>The payloads the outbox holds for one node on <paramref name="topic"/>, oldest first.</summary>
    public async Task<List<JsonElement>> OutboxPayloadsAsync(string topic, Guid id)
    {
        await using var command = _database.DataSource.CreateCommand(
            "SELECT payload::text FROM event_outbox WHERE topic = $1 AND payload->>'id' = $2 ORDER BY sequence");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = topic });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id.ToString() });
        var payloads = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            payloads.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        return payloads;
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return _database.DisposeAsync();
    }
}
