using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Graph.Persistence.Identity;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// A read replica that takes connections and never answers (a hung host, a half-open network): the query that finds
/// out waits about <c>Database:ReplicaConnectTimeout</c> and answers from the primary; later queries
/// go to the primary without trying the replica until <c>Database:ReplicaRetryAfter</c> has passed.
/// </summary>
public sealed class SilentReplicaTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _held = [];
    private int _accepted;

    public void Dispose()
    {
        _silent.Stop();
        lock (_held)
        {
            foreach (var socket in _held)
                socket.Dispose();
        }
    }

    [Fact]
    public async Task A_replica_that_never_answers_costs_one_query_a_bounded_wait_then_queries_skip_it()
    {
        _silent.Start();
        _ = HoldConnectionsAsync();
        var replica = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = ((IPEndPoint)_silent.LocalEndpoint).Port };
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:GraphReplica"] = replica.ConnectionString,
            ["Database:ReplicaConnectTimeout"] = "00:00:01",
            ["Database:ReplicaRetryAfter"] = "00:10:00",
        });
        await host.CreateUserAsync("silent-replica@test.graph", AuthTestHost.PasswordHash, Role.Customer);
        var token = (await host.LoginAsync("silent-replica@test.graph", AuthTestHost.Password)).GetProperty("accessToken").GetString()!;
        Assert.Equal(0, Volatile.Read(ref _accepted)); // sign-in and its checks never touch the replica

        var first = Stopwatch.StartNew();
        var answer = await host.PostAsync("{ pets(first: 5) { totalCount } }", token: token);
        first.Stop();
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(0, answer.GetProperty("data").GetProperty("pets").GetProperty("totalCount").GetInt32());
        var tried = Volatile.Read(ref _accepted);
        Assert.True(tried > 0, "the query did not try the replica");
        // Npgsql's own connect timeout is 15 s; the replica's is the configured 1 s (the rest is slack for a loaded machine).
        Assert.True(first.Elapsed < TimeSpan.FromSeconds(10), $"the query waited {first.Elapsed} on a silent replica");

        var next = Stopwatch.StartNew();
        answer = await host.PostAsync("{ pets(first: 5) { totalCount } }", token: token);
        next.Stop();
        Assert.False(answer.TryGetProperty("errors", out errors), errors.ToString());
        Assert.Equal(tried, Volatile.Read(ref _accepted));
        output.WriteLine($"silent replica: the first query answered from the primary after {first.ElapsedMilliseconds} ms (connect timeout 1 s), the next in {next.ElapsedMilliseconds} ms");
    }

    private async Task HoldConnectionsAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _silent.AcceptSocketAsync();
                Interlocked.Increment(ref _accepted);
                lock (_held)
                    _held.Add(socket);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped with the test.
        }
    }
}
