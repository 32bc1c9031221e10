using System.Runtime.CompilerServices;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { a: Int }
        type Subscription { counted(to: Int!): Int! messages: Message bad: Int }
        type Message { text: String! length: Int }
        """;

    [Fact]
    public async Task EachSourceEventIsExecutedWithTheEventAsRootValue()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o
            .Subscribe("Subscription.counted", context => new ValueTask<IAsyncEnumerable<object?>>(Count(context.ArgumentValue<int>("to"))))
            .Resolve("Subscription.counted", context => context.Parent));

        var results = await CollectAsync(schema, "subscription { counted(to: 3) }");

        Assert.Equal(["""{"data":{"counted":1}}""", """{"data":{"counted":2}}""", """{"data":{"counted":3}}"""], results);
    }

    [Fact]
    public async Task DefaultResolverReadsTheFieldFromTheEvent()
    {
        var bus = new InMemoryTopicEventBus();
        var schema = ExecutionHarness.Schema(Sdl, o => o.Subscribe("Subscription.messages", async context =>
            (await bus.SubscribeAsync<object>("messages")).ReadEventsAsync()));
        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse("subscription { messages { text length } }"));
        var stream = subscription.Stream!.GetAsyncEnumerator();
        var next = stream.MoveNextAsync();

        await bus.SendAsync("messages", new Dictionary<string, object?> { ["messages"] = new Dictionary<string, object?> { ["text"] = "hi", ["length"] = 2 } });
        Assert.True(await next);
        Assert.Equal("""{"data":{"messages":{"text":"hi","length":2}}}""", ExecutionResultWriter.ToJson(stream.Current));

        await bus.SendAsync("messages", new Dictionary<string, object?> { ["messages"] = new Dictionary<string, object?> { ["length"] = 1 } });
        Assert.True(await stream.MoveNextAsync());
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Message.text.","locations":[{"line":1,"column":27}],"path":["messages","text"]}],"data":{"messages":null}}""",
            ExecutionResultWriter.ToJson(stream.Current));

        await bus.CompleteAsync("messages");
        Assert.False(await stream.MoveNextAsync());
        await stream.DisposeAsync();
    }

    [Fact]
    public async Task DisposingTheResponseStreamDisposesTheSourceStream()
    {
        var bus = new InMemoryTopicEventBus();
        var schema = ExecutionHarness.Schema(Sdl, o => o
            .Subscribe("Subscription.counted", async context => (await bus.SubscribeAsync<int>("n")).ReadEventsAsync())
            .Resolve("Subscription.counted", context => context.Parent));
        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse("subscription { counted(to: 1) }"));
        Assert.Equal(1, bus.SubscriberCount("n"));
        await bus.SendAsync("n", 7);

        await foreach (var result in subscription.Stream!)
        {
            Assert.Equal("""{"data":{"counted":7}}""", ExecutionResultWriter.ToJson(result));
            break;
        }

        Assert.Equal(0, bus.SubscriberCount("n"));
    }

    [Fact]
    public async Task CancellingTheRequestEndsTheStreamAndDisposesTheSource()
    {
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var schema = ExecutionHarness.Schema(Sdl, o => o
            .Subscribe("Subscription.counted", context => new ValueTask<IAsyncEnumerable<object?>>(Endless(disposed)))
            .Resolve("Subscription.counted", context => context.Parent));
        var subscription = await Executor.SubscribeAsync(
            schema, Parser.Parse("subscription { counted(to: 1) }"), options: new ExecutionOptions { CancellationToken = cancellation.Token });

        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in subscription.Stream!)
            {
                if (++received == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        await disposed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, received);
    }

    [Fact]
    public async Task SubscribeErrorsAreLocatedAtTheRootField()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Subscribe("Subscription.counted", _ => throw new InvalidOperationException("no access")));

        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse("subscription { counted(to: 1) }"));

        Assert.False(subscription.IsStream);
        Assert.Equal(
            """{"errors":[{"message":"no access","locations":[{"line":1,"column":16}],"path":["counted"]}]}""",
            ExecutionResultWriter.ToJson(subscription.ErrorResult!));
    }

    [Fact]
    public async Task SourceMustBeAnAsyncEnumerable()
    {
        var schema = ExecutionHarness.Schema(Sdl);

        var subscription = await Executor.SubscribeAsync(
            schema, Parser.Parse("subscription { bad }"), options: new ExecutionOptions { RootValue = new Dictionary<string, object?> { ["bad"] = 5 } });

        Assert.Equal(
            """{"errors":[{"message":"Subscription field must return Async Iterable. Received: 5.","locations":[{"line":1,"column":16}],"path":["bad"]}]}""",
            ExecutionResultWriter.ToJson(subscription.ErrorResult!));
    }

    [Fact]
    public async Task UnknownRootFieldAndMissingSubscriptionType()
    {
        var schema = ExecutionHarness.Schema(Sdl);
        var unknown = await Executor.SubscribeAsync(schema, Parser.Parse("subscription { nope }"));
        Assert.Equal(
            """{"errors":[{"message":"The subscription field \"nope\" is not defined.","locations":[{"line":1,"column":16}]}]}""",
            ExecutionResultWriter.ToJson(unknown.ErrorResult!));

        var noSubscriptions = ExecutionHarness.Schema("type Query { a: Int }");
        var missing = await Executor.SubscribeAsync(noSubscriptions, Parser.Parse("subscription { a }"));
        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}]}""",
            ExecutionResultWriter.ToJson(missing.ErrorResult!));
    }

    [Fact]
    public async Task InvalidVariablesGiveARequestError()
    {
        var schema = ExecutionHarness.Schema(Sdl);

        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse("subscription ($n: Int!) { counted(to: $n) }"));

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$n\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":15}]}]}""",
            ExecutionResultWriter.ToJson(subscription.ErrorResult!));
    }

    private static async Task<List<string>> CollectAsync(GraphSchema schema, string query)
    {
        var subscription = await Executor.SubscribeAsync(schema, Parser.Parse(query));
        Assert.True(subscription.IsStream, subscription.ErrorResult is null ? null : ExecutionResultWriter.ToJson(subscription.ErrorResult));
        var results = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        return results;
    }

    private static async IAsyncEnumerable<object?> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> Endless(TaskCompletionSource disposed, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(5, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            disposed.TrySetResult();
        }
    }
}
