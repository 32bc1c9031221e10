using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Schema;
using Graph.Schema.Composition;
using Graph.Server.Execution;
using Graph.Server.Tests.Auth;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// A request cancelled by its timeout, by its client going away or by the server stopping: its database command is
/// cancelled in PostgreSQL, its resolver has stopped (and given its connection back) before the request's scope ends,
/// the cancellation is logged once at debug level and never as an error, and no answer comes later than the timeout
/// plus <c>GraphQL:CancellationGrace</c>. The slow field runs <c>pg_sleep</c> on the request's own database context.
/// </summary>
public sealed class CancellationTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_timed_out_query_cancels_its_database_command_and_ends_before_its_scope()
    {
        await using var host = await StartAsync();
        var timeline = host.Services.GetRequiredService<Timeline>();
        var logged = host.Logs.Entries.Count;

        var elapsed = Stopwatch.StartNew();
        using var response = await host.SendAsync("{ sleep(seconds: 30) }");
        elapsed.Stop();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ErrorCodes.RequestTimeout, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(elapsed.Elapsed < Timeout + Grace, $"answered after {elapsed.Elapsed}");
        var gone = await Conditions.WaitUntilAsync(async () => await SleepingAsync() == 0, TimeSpan.FromSeconds(10), "the cancelled pg_sleep to leave pg_stat_activity");
        await AssertStoppedBeforeTheScopeEndedAsync(timeline);
        AssertLoggedOnceAtDebug(host, logged, "exceeded the execution timeout");
        output.WriteLine($"timeout {Timeout.TotalMilliseconds} ms: answered after {elapsed.ElapsedMilliseconds} ms; the command was gone {gone.TotalMilliseconds:0} ms after the answer");
    }

    [Fact]
    public async Task A_client_that_hangs_up_cancels_the_database_command_and_the_request_ends_after_its_resolver()
    {
        await using var host = await StartAsync(timeout: TimeSpan.FromSeconds(60));
        var timeline = host.Services.GetRequiredService<Timeline>();
        var logged = host.Logs.Entries.Count;

        using var hangUp = new CancellationTokenSource();
        var request = host.Client.SendAsync(Post("{ sleep(seconds: 30) }"), hangUp.Token);
        await Conditions.WaitUntilAsync(async () => request.IsCompleted || await SleepingAsync() == 1, TimeSpan.FromSeconds(30), "the pg_sleep to run");
        Assert.False(request.IsCompleted, request.IsCompletedSuccessfully ? await (await request).Content.ReadAsStringAsync() : request.Exception?.ToString());
        var hungUp = Stopwatch.StartNew();
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var gone = await Conditions.WaitUntilAsync(async () => await SleepingAsync() == 0, TimeSpan.FromSeconds(10), "the pg_sleep to be cancelled");
        await AssertStoppedBeforeTheScopeEndedAsync(timeline);
        AssertLoggedOnceAtDebug(host, logged, "The client went away");
        output.WriteLine($"the database command was gone {gone.TotalMilliseconds:0} ms after the client hung up; scope ended {hungUp.ElapsedMilliseconds} ms after");
    }

    [Fact]
    public async Task A_stopping_server_cancels_running_queries_and_answers_them_503()
    {
        var host = await StartAsync(timeout: TimeSpan.FromSeconds(60));
        var timeline = host.Services.GetRequiredService<Timeline>();
        var logged = host.Logs.Entries.Count;
        try
        {
            var request = host.SendAsync("{ sleep(seconds: 30) }");
            await Conditions.WaitUntilAsync(async () => request.IsCompleted || await SleepingAsync() == 1, TimeSpan.FromSeconds(30), "the pg_sleep to run");
            Assert.False(request.IsCompleted, request.IsCompletedSuccessfully ? await (await request).Content.ReadAsStringAsync() : request.Exception?.ToString());

            var stopping = Stopwatch.StartNew();
            await host.StopAsync();
            stopping.Stop();
            using var response = await request;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(Graph.Server.Errors.ServerErrorCodes.ServerStopping, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.True(stopping.Elapsed < Grace + TimeSpan.FromSeconds(3), $"stopping took {stopping.Elapsed}");
            await Conditions.WaitUntilAsync(async () => await SleepingAsync() == 0, TimeSpan.FromSeconds(10), "the pg_sleep to be cancelled");
            await AssertStoppedBeforeTheScopeEndedAsync(timeline);
            AssertLoggedOnceAtDebug(host, logged, "The server is stopping");
            output.WriteLine($"the server stopped in {stopping.ElapsedMilliseconds} ms with a query running");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>A host whose first request (the EF model, the schema's plans: seconds on a loaded machine) is behind it,
    /// so that what is measured is the cancellation.</summary>
    private async Task<AuthTestHost> StartAsync(TimeSpan? timeout = null)
    {
        var host = await StartColdAsync(timeout);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var warm = await host.SendAsync("{ sleep(seconds: 0) }");
            if (warm.StatusCode == HttpStatusCode.OK)
            {
                host.Services.GetRequiredService<Timeline>().Clear();
                return host;
            }
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("The host never answered a quick query.");
    }

    private Task<AuthTestHost> StartColdAsync(TimeSpan? timeout) =>
        AuthTestHost.StartAsync(
            database.ConnectionString,
            settings: new Dictionary<string, string?>
            {
                ["GraphQL:ExecutionTimeout"] = (timeout ?? Timeout).ToString(),
                ["GraphQL:CancellationGrace"] = Grace.ToString(),
                ["Logging:LogLevel:Default"] = "Debug",
            },
            services: services => services
                .AddSingleton<Timeline>()
                .AddScoped<ScopeWitness>()
                .AddSchemaModule<SleepModule>());

    /// <summary>Statements of the server sleeping in PostgreSQL right now, in this class's database.</summary>
    private Task<long> SleepingAsync() => Sql.ScalarAsync<long>(
        database.Server.ConnectionStringFor("postgres"),
        $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database.DatabaseName}' AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()");

    private static async Task AssertStoppedBeforeTheScopeEndedAsync(Timeline timeline)
    {
        await Conditions.WaitUntilAsync(() => timeline.Events.Contains("scope ended"), TimeSpan.FromSeconds(10), "the request's scope to end");
        Assert.Equal(["resolver started", "resolver stopped", "scope ended"], timeline.Events);
    }

    /// <param name="from">How many entries the host had logged before the request (while starting and warming up).</param>
    private static void AssertLoggedOnceAtDebug(AuthTestHost host, int from, string message)
    {
        var entries = host.Logs.Entries.Skip(from).ToList();
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(entries, e => e.Message.Contains("Unexpected", StringComparison.Ordinal));
        var cancellation = Assert.Single(entries, e => e.Category == typeof(GraphQLRequestExecutor).FullName && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, cancellation.Level);
    }

    private static HttpRequestMessage Post(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }

    /// <summary>What happened to the slow field's request, in order.</summary>
    public sealed class Timeline
    {
        private readonly ConcurrentQueue<string> _events = new();

        public IReadOnlyList<string> Events => [.. _events];

        public void Add(string what) => _events.Enqueue(what);

        public void Clear() => _events.Clear();
    }

    /// <summary>A scoped service that notes when the request's scope ends.</summary>
    public sealed class ScopeWitness(Timeline timeline) : IDisposable
    {
        public Timeline Timeline => timeline;

        public void Dispose() => timeline.Add("scope ended");
    }

    private sealed class SleepModule : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.AddTypeExtension<SleepFields>();
    }

    [ExtendObjectType("Query")]
    public sealed class SleepFields
    {
        /// <summary>Sleeps in PostgreSQL on the request's own database context.</summary>
        public async Task<int> Sleep(double seconds, [Service] GraphDbContext db, [Service] ScopeWitness witness, IResolverContext context)
        {
            witness.Timeline.Add("resolver started");
            try
            {
                return await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM pg_sleep({seconds})").SingleAsync(context.RequestAborted);
            }
            finally
            {
                witness.Timeline.Add("resolver stopped");
            }
        }
    }
}
