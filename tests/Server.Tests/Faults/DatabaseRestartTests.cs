using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Server.Tests.Auth;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// A PostgreSQL restart under a running server, on a cluster of the test's own (the shared one serves other tests):
/// meanwhile requests fail fast with 503 and a <c>DATABASE_UNAVAILABLE</c> error (a signed-in one too, not as an invalid token) and <c>/health/ready</c> says 503; afterwards service returns by itself. The recovery
/// time (from the database accepting connections again to the first answered query) goes to the test output.
/// </summary>
public sealed class DatabaseRestartTests(OwnCluster database, ITestOutputHelper output) : IClassFixture<OwnCluster>
{
    [Fact]
    public async Task While_the_database_restarts_requests_fail_fast_and_ready_says_503_then_service_returns_by_itself()
    {
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString);
        await host.CreateUserAsync("restart@test.graph", AuthTestHost.PasswordHash, Role.Customer);
        var token = (await host.LoginAsync("restart@test.graph", AuthTestHost.Password)).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/ready")).StatusCode);

        await database.Cluster.StopAsync();
        var down = Stopwatch.StartNew();
        using (var ready = await host.Client.GetAsync("/health/ready"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        foreach (var signedIn in new[] { false, true })
        {
            // Anonymous, the query fails in its resolver; signed in, already while the token's account is checked.
            using var failing = await host.SendAsync(signedIn ? "{ me { email } }" : "{ pets { totalCount } }", token: signedIn ? token : null);
            Assert.True(down.Elapsed < TimeSpan.FromSeconds(15), $"a request took {down.Elapsed} to fail");
            Assert.True(failing.StatusCode == HttpStatusCode.ServiceUnavailable, $"{signedIn} {failing.StatusCode}: {await failing.Content.ReadAsStringAsync()} {string.Join("\n", host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Exception?.ToString()))}");
            Assert.NotNull(failing.Headers.RetryAfter);
            var body = JsonDocument.Parse(await failing.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(Graph.Server.Errors.DatabaseUnavailable.Code, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        await database.Cluster.StartAsync();
        var up = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await host.Client.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                var answer = await host.PostAsync("{ me { email } }", token: token);
                if (answer.TryGetProperty("data", out var data) && data.GetProperty("me").ValueKind == JsonValueKind.Object)
                    break;
            }

            Assert.True(up.Elapsed < TimeSpan.FromSeconds(30), "service did not return within 30 s of the database");
        }

        output.WriteLine($"service returned {up.ElapsedMilliseconds} ms after the database accepted connections again");
    }
}
