using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

public sealed class GraphQLExecutorTests
{
    private static readonly GraphSchema Schema = ExecutionHarness.Schema(
        "type Query { a(x: Int!): Int b: String }",
        o => o.Resolve("Query.a", context => context.Arguments["x"]));

    private static readonly ExecutionOptions Options = new() { RootValue = new Dictionary<string, object?> { ["b"] = "b" } };

    [Fact]
    public async Task ParsesValidatesCoercesAndExecutes()
    {
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema, new ExecutionRequest("query ($x: Int!) { a(x: $x) }", Variables: new Dictionary<string, object?> { ["x"] = 2L }), Options);

        Assert.Equal("""{"data":{"a":2}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task SyntaxErrorsAreRequestErrors()
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ a(x: 1) b"), Options);

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal((1, 12), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task ValidationErrorsAreRequestErrors()
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ nope b }"), Options);

        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task VariableErrorsAreRequestErrors()
    {
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema, new ExecutionRequest("query ($x: Int!) { a(x: $x) }", Variables: new Dictionary<string, object?> { ["x"] = "z" }), Options);

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$x\" has invalid value: Int cannot represent non-integer value: \"z\"","locations":[{"line":1,"column":8}]}]}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task RepeatedQueriesComeFromTheOperationCache()
    {
        var cache = new OperationCache();
        var options = new ExecutionOptions { RootValue = Options.RootValue, OperationCache = cache };

        var first = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ b }"), options);
        var second = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ b }"), options);
        var invalid = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ nope }"), options);
        var invalidAgain = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest("{ nope }"), options);

        Assert.Equal(ExecutionResultWriter.ToJson(first), ExecutionResultWriter.ToJson(second));
        Assert.Equal(ExecutionResultWriter.ToJson(invalid), ExecutionResultWriter.ToJson(invalidAgain));
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(OperationCache.ComputeHash("{ b }"), out var cached));
        Assert.Empty(cached.ValidationErrors);
    }

    [Fact]
    public async Task SubscriptionsRunThroughThePipeline()
    {
        var schema = ExecutionHarness.Schema(
            "type Query { a: Int } type Subscription { tick: Int }",
            o => o.Subscribe("Subscription.tick", _ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
                .Resolve("Subscription.tick", context => context.Parent));

        var subscription = await GraphQLExecutor.SubscribeAsync(schema, new ExecutionRequest("subscription { tick }"));
        var results = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal(["""{"data":{"tick":1}}""", """{"data":{"tick":2}}"""], results);

        var invalid = await GraphQLExecutor.SubscribeAsync(schema, new ExecutionRequest("subscription { tick again: tick }"));
        Assert.False(invalid.IsStream);
        Assert.Contains("must select only one top level field", Assert.Single(invalid.ErrorResult!.Errors!).Message);
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }
}
