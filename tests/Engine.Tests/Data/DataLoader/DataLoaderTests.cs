using Graph.Engine.DataLoader;
using Graph.Engine.Execution;
using Graph.Engine.Tests.Execution;

namespace Graph.Engine.Tests.Data.DataLoader;

/// <summary>Batch and group loaders: one fetch per batch of distinct keys, results checked against the keys.</summary>
public sealed class DataLoaderTests
{
    [Fact]
    public async Task A_batch_loads_distinct_keys_once_and_misses_load_null()
    {
        var scheduler = new ManualScheduler();
        var scope = new DataLoaderScope(scheduler);
        var loader = scope.GetOrAdd("squares", () => new SquareLoader());

        var a = loader.LoadAsync(2);
        var b = loader.LoadAsync(3);
        var again = loader.LoadAsync(2);
        var missing = loader.LoadAsync(-1);
        Assert.False(a.IsCompleted);
        scheduler.DispatchNow();

        Assert.Equal("4", await a);
        Assert.Equal("9", await b);
        Assert.Equal("4", await again);
        Assert.Null(await missing);
        Assert.Equal([[2, 3, -1]], loader.Batches);
    }

    [Fact]
    public async Task Keys_the_fetch_returns_but_nobody_asked_for_are_ignored_and_cached_keys_are_not_fetched_again()
    {
        var scheduler = new ManualScheduler();
        var loader = new DataLoaderScope(scheduler).GetOrAdd("squares", () => new SquareLoader { Extra = true });

        var first = loader.LoadAsync(5);
        scheduler.DispatchNow();
        Assert.Equal("25", await first);

        var cached = loader.LoadAsync(5);
        var next = loader.LoadAsync(6);
        scheduler.DispatchNow();

        Assert.Equal("25", await cached);
        Assert.Equal("36", await next);
        Assert.Equal([[5], [6]], loader.Batches);
    }

    [Fact]
    public async Task A_group_loader_gives_empty_groups_for_keys_without_values()
    {
        var scheduler = new ManualScheduler();
        var loader = new DataLoaderScope(scheduler).GetOrAdd("divisors", () => new DivisorLoader());

        var six = loader.LoadAsync(6);
        var none = loader.LoadAsync(0);
        scheduler.DispatchNow();

        var divisors = await six;
        Assert.Equal(new[] { 1, 2, 3, 6 }, divisors);
        Assert.Empty(await none);
    }

    [Fact]
    public async Task A_failing_fetch_fails_every_load_of_its_batch()
    {
        var scheduler = new ManualScheduler();
        var loader = new DataLoaderScope(scheduler).GetOrAdd("squares", () => new SquareLoader { Fail = true });

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        scheduler.DispatchNow();

        await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
    }

    [Fact]
    public Task The_executor_dispatches_one_batch_per_level() => DispatchesOneBatchPerLevelAsync();

    [Fact]
    public async Task A_caller_synchronization_context_does_not_split_a_level_into_several_batches()
    {
        // A context that posts every continuation to the thread pool (as test frameworks' and UI contexts do):
        // resolvers awaiting under it would resume outside the executor's counted segments.
        var caller = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new PostingContext());
        try
        {
            await DispatchesOneBatchPerLevelAsync();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(caller);
        }
    }

    private static async Task DispatchesOneBatchPerLevelAsync()
    {
        var batches = new List<IReadOnlyList<int>>();
        var schema = ExecutionHarness.Schema(
            "type Query { items: [Item] } type Item { id: Int square: String parts: [Item] }",
            o => o
                .Resolve("Query.items", _ => new ValueTask<object?>(new[] { 1, 2, 3 }))
                .Resolve("Item.id", context => new ValueTask<object?>(context.Parent))
                .Resolve("Item.parts", async context =>
                {
                    // The parts are known once the item's own value is loaded: the next level.
                    await context.DataLoader("squares", () => new SquareLoader { Batches = batches }).LoadAsync((int)context.Parent!, context.RequestAborted);
                    return new[] { (int)context.Parent! * 10, (int)context.Parent! * 10 + 1 };
                })
                .Resolve("Item.square", async context =>
                    await context.DataLoader("squares", () => new SquareLoader { Batches = batches }).LoadAsync((int)context.Parent!, context.RequestAborted)));

        var json = await ExecutionHarness.RunAsync(schema, "{ items { square parts { square } } }");

        Assert.Contains("\"square\":\"400\"", json);
        Assert.Equal(2, batches.Count);
        Assert.Equal([1, 2, 3], batches[0]);
        Assert.Equal([10, 11, 20, 21, 30, 31], batches[1].Order());
    }

    private sealed class PostingContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) =>
            ThreadPool.UnsafeQueueUserWorkItem(_ => d(state), null);
    }

    private sealed class ManualScheduler : IBatchScheduler
    {
        private Action? _dispatch;

        public void Register(Action dispatch) => _dispatch = dispatch;

        public void RequestDispatch()
        {
        }

        public IDisposable BeginWork() => new MemoryStream();

        public IDisposable BeginBatch() => new MemoryStream();

        public void DispatchNow() => _dispatch!();
    }

    private sealed class SquareLoader : BatchDataLoader<int, string>
    {
        public List<IReadOnlyList<int>> Batches { get; init; } = [];

        public bool Extra { get; init; }

        public bool Fail { get; init; }

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add([.. keys]);
            }

            if (Fail)
            {
                throw new InvalidOperationException("boom");
            }

            var values = keys.Where(k => k >= 0).ToDictionary(k => k, k => (k * k).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Extra)
            {
                values[1000] = "extra";
            }

            return Task.FromResult<IReadOnlyDictionary<int, string>>(values);
        }
    }

    private sealed class DivisorLoader : GroupedDataLoader<int, int>
    {
        protected override Task<ILookup<int, int>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult(keys.Where(k => k > 0).SelectMany(k => Enumerable.Range(1, k).Where(d => k % d == 0).Select(d => (k, d))).ToLookup(p => p.k, p => p.d));
    }
}
