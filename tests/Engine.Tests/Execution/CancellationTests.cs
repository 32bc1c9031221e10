using Graph.Engine.Execution;

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
    public async Task TimeoutReturnsEvenWhenResolversIgnoreCancellation()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = ExecutionHarness.Schema("type Query { stuck: Int }", o => o.Resolve("Query.stuck", _ => new ValueTask<object?>(never.Task)));

        var json = await ExecutionHarness.RunAsync(schema, "{ stuck }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) })
            .WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Contains("REQUEST_TIMEOUT", json);
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
