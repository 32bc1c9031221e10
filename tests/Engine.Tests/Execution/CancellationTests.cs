using Graph.Engine.DataLoader;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task TimeoutGivesARequestTimeoutErrorAndCancelsResolvers()
    {
        var resolverCancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = ExecutionHarness.Schema("type Query { slow: Int }", o => o.Resolve("Query.slow", async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                resolverCancelled.SetResult(true);
                throw;
            }

            return 1;
        }));

        var json = await ExecutionHarness.RunAsync(schema, "{ slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the configured timeout of 100 ms.","extensions":{"code":"REQUEST_TIMEOUT"}}]}""",
            json);
        Assert.True(await resolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task TimeoutReturnsEvenWhenResolversIgnoreCancellationAndHandsTheirWorkOver()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = ExecutionHarness.Schema("type Query { stuck: Int }", o => o.Resolve("Query.stuck", _ => new ValueTask<object?>(never.Task)));
        Task? abandoned = null;

        var result = await Executor.ExecuteRequestAsync(schema, Parser.Parse("{ stuck }"), options: new ExecutionOptions
        {
            Timeout = TimeSpan.FromMilliseconds(50),
            CancellationGrace = TimeSpan.FromMilliseconds(50),
            Abandoned = work => abandoned = work,
        }).AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Contains("REQUEST_TIMEOUT", ExecutionResultWriter.ToJson(result));
        Assert.NotNull(abandoned);
        Assert.False(abandoned.IsCompleted);
        never.SetResult(1);
        await abandoned.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_timed_out_request_returns_after_its_resolvers_stopped()
    {
        var stopped = 0;
        var schema = ExecutionHarness.Schema("type Query { slow: Int other: Int }", o => o
            .Resolve("Query.slow", async context => await WindDownAsync(context.RequestAborted))
            .Resolve("Query.other", async context => await WindDownAsync(context.RequestAborted)));

        var json = await ExecutionHarness.RunAsync(schema, "{ slow other }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Contains("REQUEST_TIMEOUT", json);
        Assert.Equal(2, Volatile.Read(ref stopped));

        async Task<object?> WindDownAsync(CancellationToken token)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
                return 1;
            }
            finally
            {
                // Giving back a connection takes a moment after the cancellation.
                await Task.Delay(100, CancellationToken.None);
                Interlocked.Increment(ref stopped);
            }
        }
    }

    [Fact]
    public async Task A_cancelled_request_returns_after_the_batches_its_resolvers_waited_for_ended()
    {
        var loader = new StoppingLoader();
        var schema = ExecutionHarness.Schema("type Query { item: Int }", o => o.Resolve("Query.item", async context =>
            await context.DataLoader("items", () => loader).LoadAsync(1, context.RequestAborted)));
        using var cancellation = new CancellationTokenSource();

        var running = ExecutionHarness.RunAsync(schema, "{ item }", options: new ExecutionOptions { CancellationToken = cancellation.Token });
        await loader.Started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(loader.Stopped);
    }

    [Fact]
    public async Task Errors_of_resolvers_stopping_for_a_timeout_reach_no_error_filter()
    {
        var filter = new CountingFilter();
        var schema = ExecutionHarness.Schema("type Query { a: Int b: Int c: [Int] }", o => o
            .Resolve("Query.a", async context => await Fail(context.RequestAborted))
            .Resolve("Query.b", async context => await Fail(context.RequestAborted))
            .Resolve("Query.c", async context => await Fail(context.RequestAborted)));

        var json = await ExecutionHarness.RunAsync(schema, "{ a b c }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50), ErrorFilters = [filter] });

        Assert.Contains("REQUEST_TIMEOUT", json);
        Assert.Equal(0, filter.Calls);

        static async Task<object?> Fail(CancellationToken token)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                // As a driver does: the cancelled command surfaces as an error of its own.
                throw new InvalidOperationException("command cancelled");
            }

            return 1;
        }
    }

    private sealed class CountingFilter : IErrorFilter
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public GraphQLError OnError(GraphQLError error)
        {
            Interlocked.Increment(ref _calls);
            return error;
        }
    }

    private sealed class StoppingLoader : BatchDataLoader<int, int>
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Stopped { get; private set; }

        protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return keys.ToDictionary(k => k);
            }
            finally
            {
                await Task.Delay(100, CancellationToken.None);
                Stopped = true;
            }
        }
    }

    [Fact]
    public async Task FastRequestsAreNotAffectedByTheTimeout()
    {
        var schema = ExecutionHarness.Schema("type Query { a: Int }", o => o.Resolve("Query.a", async _ =>
        {
            await Task.Yield();
            return 1;
        }));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }", options: new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) });

        Assert.Equal("""{"data":{"a":1}}""", json);
    }

    [Fact]
    public async Task CallerCancellationThrows()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = ExecutionHarness.Schema("type Query { slow: Int }", o => o.Resolve("Query.slow", async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return 1;
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExecutionHarness.RunAsync(schema, "{ slow }", options: new ExecutionOptions { CancellationToken = cancellation.Token }));
    }

    [Fact]
    public async Task AlreadyCancelledRequestDoesNotRunResolvers()
    {
        var calls = 0;
        var schema = ExecutionHarness.Schema("type Query { a: Int }", o => o.Resolve("Query.a", _ => ++calls));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExecutionHarness.RunAsync(schema, "{ a }", options: new ExecutionOptions { CancellationToken = new CancellationToken(true) }));
        Assert.Equal(0, calls);
    }
}
