using System.Net;
using Graph.Persistence.Migrations;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Startup;

/// <summary>Servers on a configured database: they migrate in Development, once however many start together,
/// and leave the schema to the operator elsewhere.</summary>
public sealed class StartupMigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_servers_starting_together_on_an_empty_database_both_come_up_and_migrate_once()
    {
        var connectionString = await fixture.CreateEmptyDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Graph"] = connectionString, ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        await using var directoryA = new ServerWorkingDirectory();
        await using var directoryB = new ServerWorkingDirectory();
        await using var a = GraphServerProcess.Serve(directoryA.Path, environment);
        await using var b = GraphServerProcess.Serve(directoryB.Path, environment);

        await Task.WhenAll(a.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), b.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));

        var migrations = new EmbeddedMigrationSource().Load();
        Assert.Equal(migrations.Count, await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
        var appliers = new[] { a, b }.Where(s => s.Output.Contains("Applied migration 0001_baseline.sql")).ToList();
        Assert.Single(appliers);
        Assert.Contains("Database schema is up to date", new[] { a, b }.Single(s => !appliers.Contains(s)).Output);
        Assert.Empty(await PostgresProcesses.AfterStoppingAsync(directoryA.DataDirectory));
    }

    [Fact]
    public async Task Outside_development_a_configured_database_is_not_migrated_and_not_ready()
    {
        var connectionString = await fixture.CreateEmptyDatabaseAsync();
        await using var directory = new ServerWorkingDirectory();
        await using var server = GraphServerProcess.Serve(directory.Path, new Dictionary<string, string?>
        {
            ["ConnectionStrings__Graph"] = connectionString,
            ["Identity__SigningKey"] = Convert.ToBase64String(new byte[32]), // production needs a configured key
        });
        using var http = new HttpClient();

        await WaitUntilLiveAsync(http, server.Url!);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(server.Url + "/health/ready")).StatusCode);
        Assert.Contains("run the `migrate` verb", server.Output);
        Assert.True(await Sql.ScalarAsync<bool>(connectionString, "SELECT to_regclass('schema_migrations') IS NULL"));
    }

    private static async Task WaitUntilLiveAsync(HttpClient http, string url)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync(url + "/health/live")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server never answered /health/live.");
    }
}
