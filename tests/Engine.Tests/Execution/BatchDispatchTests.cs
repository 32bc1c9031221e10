using Graph.Engine.Execution;

namespace Graph.Engine.Tests.Execution;

public sealed class BatchDispatchTests
{
    [Fact]
    public async Task SiblingFieldsAwaitingOneBatchCauseOneBatchCall()
    {
        var loader = new TestLoader();
        var schema = ExecutionHarness.Schema(
            "type Query { a: Int b: Int }",
            o => o
                .Resolve("Query.a", context => new ValueTask<object?>(loader.LoadAsync(1, context)))
                .Resolve("Query.b", context => new ValueTask<object?>(loader.LoadAsync(2, context))));

        var json = await ExecutionHarness.RunAsync(schema, "{ a b }");

        Assert.Equal("""{"data":{"a":10,"b":20}}""", json);
        Assert.Equal([[1, 2]], loader.Batches);
    }

    [Fact]
    public async Task EachLevelOfTheTreeIsOneBatch()
    {
        var loader = new TestLoader();
        var schema = ExecutionHarness.Schema(
            "type Query { items: [Item] } type Item { id: Int detail: Int }",
            o => o.Resolve("Item.detail", context =>
                new ValueTask<object?>(loader.LoadAsync((int)(long)((Dictionary<string, object?>)context.Parent!)["id"]!, context))));
        var root = ExecutionHarness.Json("""{"items":[{"id":1},{"id":2},{"id":3}]}""");

        var json = await ExecutionHarness.RunAsync(schema, "{ items { id detail } }", root);

        Assert.Equal("""{"data":{"items":[{"id":1,"detail":10},{"id":2,"detail":20},{"id":3,"detail":30}]}}""", json);
        Assert.Equal([[1, 2, 3]], loader.Batches);
    }

    [Fact]
    public async Task BatchResultsReleaseTheNextLevelWhichBatchesAgain()
    {
        var loader = new TestLoader();
        var schema = ExecutionHarness.Schema(
            "type Query { a: Node b: Node } type Node { value: Int next: Int }",
            o => o
                .Resolve("Query.a", async context => new Dictionary<string, object?> { ["value"] = await loader.LoadAsync(1, context).ConfigureAwait(false) })
                .Resolve("Query.b", async context => new Dictionary<string, object?> { ["value"] = await loader.LoadAsync(2, context).ConfigureAwait(false) })
                .Resolve("Node.next", context =>
                    new ValueTask<object?>(loader.LoadAsync((int)((Dictionary<string, object?>)context.Parent!)["value"]!, context))));

        // Off xunit's synchronization context: like ASP.NET Core, so continuations run inline when a batch completes.
        var json = await Task.Run(() => ExecutionHarness.RunAsync(schema, "{ a { value next } b { value next } }"));

        Assert.Equal("""{"data":{"a":{"value":10,"next":100},"b":{"value":20,"next":200}}}""", json);
        Assert.Equal([[1, 2], [10, 20]], loader.Batches);
    }

    /// <summary>A minimal DataLoader: queues keys, and answers key * 10 for all of them in one batch call.</summary>
    private sealed class TestLoader : IBatchDispatcher
    {
        private readonly List<(int Key, TaskCompletionSource<object?> Result)> _queue = [];
        private ExecutionScheduler? _scheduler;

        public List<int[]> Batches { get; } = [];

        public Task<object?> LoadAsync(int key, IResolverContext context)
        {
            // Inline continuations: the resolvers this batch releases run inside the work scope below.
            var result = new TaskCompletionSource<object?>();
            lock (_queue)
            {
                _queue.Add((key, result));
            }

            var scheduler = _scheduler = context.GetScheduler()!;
            scheduler.Register(this);
            scheduler.RequestDispatch();
            return result.Task;
        }

        public void Dispatch()
        {
            (int Key, TaskCompletionSource<object?> Result)[] batch;
            lock (_queue)
            {
                if (_queue.Count == 0)
                {
                    return;
                }

                batch = [.. _queue];
                _queue.Clear();
                Batches.Add(batch.Select(b => b.Key).ToArray());
            }

            using (_scheduler!.BeginWork())
            {
                foreach (var (key, result) in batch)
                {
                    result.SetResult(key * 10);
                }
            }
        }
    }
}
