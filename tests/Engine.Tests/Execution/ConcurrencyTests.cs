using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task QueryFieldsRunConcurrently()
    {
        // Each resolver waits until both have started: only concurrent execution can finish.
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async ValueTask<object?> Resolve(IResolverContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            var finished = await Task.WhenAny(bothStarted.Task, Task.Delay(TimeSpan.FromSeconds(5)));
            return finished == bothStarted.Task ? context.Field.Name : "serial";
        }

        var schema = ExecutionHarness.Schema("type Query { a: String b: String }", o => o.Resolve("Query.a", Resolve).Resolve("Query.b", Resolve));

        var json = await ExecutionHarness.RunAsync(schema, "{ a b }");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
    }

    [Fact]
    public async Task NestedFieldsOfListItemsRunConcurrently()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        async ValueTask<object?> Slow(IResolverContext context)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            return ((Dictionary<string, object?>)context.Parent!)["id"];
        }

        var schema = ExecutionHarness.Schema(
            "type Query { items: [Item] } type Item { id: Int slow: Int }",
            o => o.Resolve("Item.slow", Slow));
        var root = ExecutionHarness.Json("""{"items":[{"id":1},{"id":2},{"id":3},{"id":4}]}""");

        var json = await ExecutionHarness.RunAsync(schema, "{ items { id slow } }", root);

        Assert.Equal("""{"data":{"items":[{"id":1,"slow":1},{"id":2,"slow":2},{"id":3,"slow":3},{"id":4,"slow":4}]}}""", json);
        Assert.Equal(4, maxInFlight);
    }

    [Fact]
    public async Task MutationFieldsRunSeriallyInDocumentOrder()
    {
        var log = new List<string>();
        async ValueTask<object?> Set(IResolverContext context)
        {
            var value = context.ArgumentValue<int>("v");
            lock (log)
            {
                log.Add("start " + value);
            }

            // Later fields finish faster, so overlapping execution would interleave the log.
            await Task.Delay(60 - (value * 15));
            lock (log)
            {
                log.Add("end " + value);
            }

            return value;
        }

        var schema = ExecutionHarness.Schema(
            "type Query { a: Int } type Mutation { set(v: Int!): Int }",
            o => o.Resolve("Mutation.set", Set));

        var json = await ExecutionHarness.RunAsync(schema, "mutation { first: set(v: 1) second: set(v: 2) third: set(v: 3) }");

        Assert.Equal("""{"data":{"first":1,"second":2,"third":3}}""", json);
        Assert.Equal(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], log);
    }

    [Fact]
    public async Task MutationWaitsForSubSelectionsBeforeNextField()
    {
        var log = new List<string>();
        var schema = ExecutionHarness.Schema(
            "type Query { a: Int } type Mutation { make(v: Int!): Made } type Made { slow: Int }",
            o => o
                .Resolve("Mutation.make", context =>
                {
                    lock (log)
                    {
                        log.Add("make " + context.ArgumentValue<int>("v"));
                    }

                    return context.ArgumentValue<int>("v");
                })
                .Resolve("Made.slow", async context =>
                {
                    await Task.Delay(30);
                    lock (log)
                    {
                        log.Add("slow " + context.Parent);
                    }

                    return context.Parent;
                }));

        var json = await ExecutionHarness.RunAsync(schema, "mutation { a: make(v: 1) { slow } b: make(v: 2) { slow } }");

        Assert.Equal("""{"data":{"a":{"slow":1},"b":{"slow":2}}}""", json);
        Assert.Equal(["make 1", "slow 1", "make 2", "slow 2"], log);
    }

    [Fact]
    public async Task SynchronousAndAsynchronousFieldsKeepSelectionOrder()
    {
        var schema = ExecutionHarness.Schema(
            "type Query { slow: Int fast: Int other: Int }",
            o => o.Resolve("Query.slow", async _ =>
            {
                await Task.Delay(20);
                return 1;
            }));

        var json = await ExecutionHarness.RunAsync(schema, "{ fast slow other }", new Dictionary<string, object?> { ["fast"] = 2, ["other"] = 3 });

        Assert.Equal("""{"data":{"fast":2,"slow":1,"other":3}}""", json);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
