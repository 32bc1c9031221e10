using System.Net;
using Graph.Persistence.Embedded;
using Graph.Server.Health;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Health;

/// <summary>The health endpoints over a real database, in process.</summary>
public sealed class HealthEndpointTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Ready_and_live_answer_200_on_a_migrated_database()
    {
        await using var server = await InProcessServer.StartAsync(fixture.ConnectionString);

        Assert.Equal(HttpStatusCode.OK, await server.GetStatusAsync("/health/live"));
        var ready = await server.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("All migrations are applied.", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_until_the_database_is_migrated()
    {
        var connectionString = await fixture.CreateEmptyDatabaseAsync();
        await using var server = await InProcessServer.StartAsync(connectionString);

        var ready = await server.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("pending: 0001_baseline.sql", await ready.Content.ReadAsStringAsync());

        await server.MigrateAsync();
        Assert.Equal(HttpStatusCode.OK, await server.GetStatusAsync("/health/ready"));
    }

    [Fact]
    public async Task Ready_is_503_when_an_applied_migration_has_another_checksum()
    {
        var connectionString = await fixture.CreateMigratedDatabaseAsync();
        await Sql.ExecuteAsync(connectionString, "UPDATE schema_migrations SET checksum = 'something-else' WHERE version = 1");
        await using var server = await InProcessServer.StartAsync(connectionString);

        var ready = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("changed after being applied: 0001_baseline.sql", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_and_live_200_when_the_database_is_unreachable()
    {
        var nobodyListens = $"Host=127.0.0.1;Port={FreePort.Next()};Username=graph;Password=x;Database=graph;Timeout=3";
        await using var server = await InProcessServer.StartAsync(nobodyListens);

        var ready = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("unreachable", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await server.GetStatusAsync("/health/live"));
    }

    [Fact]
    public void The_ready_check_is_tagged_for_the_ready_endpoint()
    {
        Assert.Equal("ready", HealthEndpoints.ReadyTag);
    }
}
