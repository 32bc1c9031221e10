using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Graph.Server.Errors;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// Every connection of the server's pool terminated by PostgreSQL (<c>pg_terminate_backend</c>, as a failover or an
/// administrator does): requests meanwhile fail fast with 503 and <c>DATABASE_UNAVAILABLE</c>, never a 500 or a hang, and
/// service returns by itself. How many requests failed and how long it took go to the test output.
/// </summary>
public sealed class TerminatedBackendsTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const string ApplicationName = "graph-terminated-backends";
    private const int PoolSize = 8;

    [Fact]
    public async Task Terminated_backends_fail_requests_fast_and_service_returns_by_itself()
    {
        await using var host = await AuthTestHost.StartAsync($"{database.ConnectionString};Application Name={ApplicationName};Maximum Pool Size={PoolSize}");
        var warm = await Task.WhenAll(Enumerable.Range(0, PoolSize * 2).Select(_ => host.PostAsync("{ pets { totalCount } }")));
        Assert.All(warm, answer => Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText()));

        var terminated = await Sql.ScalarAsync<long>(
            database.ConnectionString,
            $"SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{ApplicationName}') t");
        Assert.True(terminated > 0);

        var recovering = Stopwatch.StartNew();
        var failed = 0;
        while (true)
        {
            var one = Stopwatch.StartNew();
            using var response = await host.SendAsync("{ pets { totalCount } }");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(one.Elapsed < TimeSpan.FromSeconds(5), $"a request took {one.Elapsed}");
            if (response.StatusCode == HttpStatusCode.OK)
                break;
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {text}");
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal(DatabaseUnavailable.Code, JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            failed++;
            Assert.True(recovering.Elapsed < TimeSpan.FromSeconds(30), "service did not return within 30 s");
        }

        recovering.Stop();
        var after = await Task.WhenAll(Enumerable.Range(0, PoolSize * 2).Select(_ => host.PostAsync("{ pets { totalCount } }")));
        Assert.All(after, answer => Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText()));
        // EF Core logs each failed command itself; the server's own log has warnings only, no unexpected error.
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error && e.Category.StartsWith("Graph.", StringComparison.Ordinal));
        output.WriteLine($"{terminated} backends terminated: {failed} request(s) answered 503, service back after {recovering.ElapsedMilliseconds} ms");
    }
}
