using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Tests.Data;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Modules;

/// <summary>
/// A test class's migrated database with the demo data seeded, the composed schema (every module) over it, and
/// requests run in a service scope like the server's, recording the SQL they send.
/// </summary>
public sealed class GraphFixture : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private ServiceProvider _services = null!;

    public SqlRecorder Sql { get; } = new();

    public GraphSchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<GraphDbContext>(o =>
            PersistenceServiceCollectionExtensions.ConfigureDbContext(o, _database.DataSource).AddInterceptors(Sql));
        services.AddScoped(p => p.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext());
        services.AddGraphSchema().AddGraphModules();
        _services = services.BuildServiceProvider();
        await new DemoSeeder(_services.GetRequiredService<IDbContextFactory<GraphDbContext>>())
            .SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
        Schema = _services.GetRequiredService<GraphSchema>();
    }

    /// <summary>A context for reading expected values (not recorded… it shares the recorder, so clear after use).</summary>
    public GraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();

    public async Task<JsonElement> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema,
            new ExecutionRequest(query, Variables: variables),
            new ExecutionOptions { Services = scope.ServiceProvider });
        var json = ExecutionResultWriter.ToJson(result);
        var document = JsonDocument.Parse(json).RootElement;
        if (document.TryGetProperty("errors", out _))
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + json);
        return document.GetProperty("data");
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return _database.DisposeAsync();
    }
}
