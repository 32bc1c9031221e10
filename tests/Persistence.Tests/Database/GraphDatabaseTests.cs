using Graph.Persistence.Database;
using Graph.Persistence.Embedded;
using Graph.Testing.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Graph.Persistence.Tests.Database;

public sealed class GraphDatabaseTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_configured_connection_string_is_used_as_is_through_one_data_source()
    {
        using var host = BuildHost(new() { ["ConnectionStrings:Graph"] = fixture.ConnectionString });
        await host.StartAsync();

        var database = host.Services.GetRequiredService<GraphDatabase>();
        Assert.False(database.IsEmbedded);
        Assert.Equal(fixture.ConnectionString, database.ConnectionString);
        var dataSource = host.Services.GetRequiredService<NpgsqlDataSource>();
        Assert.Same(dataSource, host.Services.GetRequiredService<NpgsqlDataSource>());
        Assert.Equal(fixture.DatabaseName, await Sql.ScalarAsync<string>(dataSource, "SELECT current_database()"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_a_connection_string_the_host_starts_and_stops_the_embedded_cluster()
    {
        var root = Path.Combine(Path.GetTempPath(), "graph-embedded-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var host = BuildHost(new() { ["Database:Embedded:DataDirectory"] = root, ["Database:Embedded:Durable"] = "false" });
            await host.StartAsync();
            var database = host.Services.GetRequiredService<GraphDatabase>();
            Assert.True(database.IsEmbedded);
            Assert.Equal(1, await Sql.ScalarAsync<int>(host.Services.GetRequiredService<NpgsqlDataSource>(), "SELECT 1"));

            await host.StopAsync();

            Assert.False(File.Exists(Path.Combine(database.Embedded!.DataDirectory, "postmaster.pid")));
        }
        finally
        {
            await new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = root }).TryDeleteAbandonedAsync();
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphPersistence(builder.Configuration);
        return builder.Build();
    }
}
