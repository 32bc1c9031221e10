using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Persistence.Embedded;
using Graph.Persistence.Identity;
using Graph.Persistence.Migrations;
using Graph.Server.Tests.Auth;
using Graph.Server.Realtime;
using Graph.Server.Tests.Realtime;
using Microsoft.Extensions.Configuration;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// <c>ConnectionStrings:GraphReplica</c> over a real streaming standby (<c>pg_basebackup -R</c> of a cluster of the
/// test's own): with the standby's replay paused, a query does not see a row the primary committed after the pause
/// (it read the standby) while the mutation that wrote it reads it back in its payload (the primary); with the standby
/// stopped, queries answer from the primary at once; once it is back, queries read from it again. The standby's start
/// and the fallback's latency go to the test output.
/// </summary>
public sealed class ReadReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "graph-tests", "replica-" + Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedPostgresCluster _cluster = null!;
    private StreamingStandby _standby = null!;
    private string _database = null!;

    public async Task InitializeAsync()
    {
        _cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { DataDirectory = _root, Durable = false });
        await _cluster.StartAsync();
        _database = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString).Database!;
        await using (var dataSource = NpgsqlDataSource.Create(_cluster.ConnectionString))
            await new MigrationRunner(dataSource, new EmbeddedMigrationSource()).MigrateAsync();
        var started = Stopwatch.StartNew();
        _standby = await StreamingStandby.StartAsync(_cluster);
        output.WriteLine($"standby copied and started (accepting read-only connections) in {started.ElapsedMilliseconds} ms");
    }

    public async Task DisposeAsync()
    {
        if (_standby is not null)
            await _standby.DisposeAsync();
        await _cluster.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Queries_read_the_standby_mutations_the_primary_and_a_stopped_standby_sends_queries_to_the_primary_until_it_is_back()
    {
        Assert.True(await _standby.ScalarAsync<bool>(_database, "SELECT pg_is_in_recovery()"));
        await using var host = await AuthTestHost.StartAsync(_cluster.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:GraphReplica"] = _standby.ConnectionStringFor(_database),
            ["Database:ReplicaRetryAfter"] = "00:00:01",
            ["GraphQL:Batching"] = "true",
        }, services: s => s.AddGraphRealtime(new ConfigurationBuilder().Build()));
        await host.CreateUserAsync("replica@test.graph", AuthTestHost.PasswordHash, Role.Customer);
        var token = (await host.LoginAsync("replica@test.graph", AuthTestHost.Password)).GetProperty("accessToken").GetString()!;

        // (1) and (2): replay paused, the mutation reads its write back from the primary; the query, on the standby, cannot see it.
        await _standby.ExecuteAsync(_database, "SELECT pg_wal_replay_pause()");
        Assert.Equal("Rex", await CreatePetAsync(host, token, "Rex"));
        Assert.DoesNotContain("Rex", await PetNamesAsync(host, token));
        Assert.Equal(1L, await PrimaryScalarAsync<long>("SELECT count(*) FROM pets WHERE name = 'Rex'"));
        // Over WebSocket too (graphql-transport-ws), a query reads the standby.
        await using (var socket = await TestSocket.ConnectAsync(new UriBuilder(host.Client.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, "graphql-transport-ws"))
        {
            await socket.InitAsync($$"""{"authorization":"Bearer {{token}}"}""");
            await socket.SendAsync(JsonSerializer.Serialize(new { id = "q", type = "subscribe", payload = new { query = "{ pets(first: 50) { nodes { name } } }" } }));
            var message = await socket.ReceiveAsync();
            Assert.Equal("next", message.GetProperty("type").GetString());
            Assert.False(message.GetProperty("payload").TryGetProperty("errors", out _), message.GetRawText());
            Assert.DoesNotContain("Rex", message.GetProperty("payload").GetProperty("data").GetProperty("pets").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        }

        // A batch shares one request: its query reads the standby, its mutation still writes (and reads back) on the primary.
        var batch = await BatchAsync(host, token,
            new { query = "{ pets(first: 50) { nodes { name } } }" },
            new { query = "mutation { createPet(input: {name: \"Luna\", species: \"Cat\"}) { pet { name } errors { __typename } } }" });
        Assert.DoesNotContain("Rex", batch[0].GetProperty("data").GetProperty("pets").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal("Luna", batch[1].GetProperty("data").GetProperty("createPet").GetProperty("pet").GetProperty("name").GetString());

        await _standby.ExecuteAsync(_database, "SELECT pg_wal_replay_resume()");
        await Conditions.WaitUntilAsync(() => StandbyHasPetAsync("Luna"), Patience, "the standby to replay Rex and Luna");
        Assert.Contains("Rex", await PetNamesAsync(host, token));

        // (3) The standby stops: its pooled connections break and new ones are refused; queries answer from the primary.
        await _standby.StopAsync();
        Assert.Equal("Bella", await CreatePetAsync(host, token, "Bella"));
        var first = Stopwatch.StartNew();
        Assert.Contains("Bella", await PetNamesAsync(host, token));
        first.Stop();
        var next = Stopwatch.StartNew();
        Assert.Contains("Bella", await PetNamesAsync(host, token));
        next.Stop();
        output.WriteLine($"standby stopped: the first query answered from the primary in {first.ElapsedMilliseconds} ms, the next in {next.ElapsedMilliseconds} ms");
        // The first query failed on the standby and ran again on the primary; the next went there directly.
        Assert.Single(host.Logs.Entries, e => e.Category == typeof(Graph.Persistence.Database.GraphReplica).FullName && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.True(first.Elapsed < TimeSpan.FromSeconds(5), $"the first query without the standby took {first.Elapsed}");

        // Back: once it has replayed, a query again misses what the primary committed after replay was paused.
        await _standby.StartAsync();
        var caughtUp = await Conditions.WaitUntilAsync(() => StandbyHasPetAsync("Bella"), Patience, "the restarted standby to replay Bella");
        output.WriteLine($"the restarted standby replayed what it missed {caughtUp.TotalMilliseconds:F0} ms after it accepted connections");
        await _standby.ExecuteAsync(_database, "SELECT pg_wal_replay_pause()");
        Assert.Equal("Milo", await CreatePetAsync(host, token, "Milo"));
        var back = await Conditions.WaitUntilAsync(
            async () => !(await PetNamesAsync(host, token)).Contains("Milo"), Patience, "queries to read from the standby again");
        output.WriteLine($"queries read from the standby again {back.TotalMilliseconds:F0} ms after it caught up");
        Assert.Contains("Bella", await PetNamesAsync(host, token));
        await _standby.ExecuteAsync(_database, "SELECT pg_wal_replay_resume()");
    }

    private static async Task<string?> CreatePetAsync(AuthTestHost host, string token, string name)
    {
        var json = await host.PostAsync(
            "mutation($n: String!) { createPet(input: {name: $n, species: \"Dog\"}) { pet { name } errors { __typename } } }",
            new { n = name }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var payload = json.GetProperty("data").GetProperty("createPet");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("pet").GetProperty("name").GetString();
    }

    private static async Task<JsonElement[]> BatchAsync(AuthTestHost host, string token, params object[] operations)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(operations) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var results = JsonDocument.Parse(body).RootElement.Clone().EnumerateArray().ToArray();
        Assert.All(results, r => Assert.False(r.TryGetProperty("errors", out var errors), errors.ToString()));
        return results;
    }

    private static async Task<List<string>> PetNamesAsync(AuthTestHost host, string token)
    {
        var json = await host.PostAsync("{ pets(first: 50) { nodes { name } } }", token: token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.GetProperty("data").GetProperty("pets").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
    }

    private Task<bool> StandbyHasPetAsync(string name) =>
        _standby.ShowsAsync(_database, $"SELECT EXISTS (SELECT 1 FROM pets WHERE name = '{name}')");

    private async Task<T> PrimaryScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
