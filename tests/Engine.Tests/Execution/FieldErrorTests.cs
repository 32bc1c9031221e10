using Graph.Engine.Execution;

namespace Graph.Engine.Tests.Execution;

public sealed class FieldErrorTests
{
    private const string Sdl = "type Query { a: Int b: Int nn: Int! obj: Obj } type Obj { x: Int! y: Int }";

    [Fact]
    public async Task GraphQLExceptionKeepsItsExtensionsAndGainsPathAndLocations()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", Throws(
            new GraphQLException(new GraphQLError("Not allowed", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })))));

        var json = await ExecutionHarness.RunAsync(schema, "{\n  b\n  a\n}", new Dictionary<string, object?> { ["b"] = 1 });

        Assert.Equal(
            """{"errors":[{"message":"Not allowed","locations":[{"line":3,"column":3}],"path":["a"],"extensions":{"code":"FORBIDDEN"}}],"data":{"b":1,"a":null}}""",
            json);
    }

    [Fact]
    public async Task AsyncResolverExceptionIsAFieldError()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Obj.y", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        }));

        var json = await ExecutionHarness.RunAsync(schema, "{ obj { x y } }", ExecutionHarness.Json("""{"obj":{"x":1}}"""));

        Assert.Equal("""{"errors":[{"message":"later","locations":[{"line":1,"column":11}],"path":["obj","y"]}],"data":{"obj":{"x":1,"y":null}}}""", json);
    }

    [Fact]
    public async Task AsyncNonNullErrorPropagatesToNullableParent()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Obj.x", async _ =>
        {
            await Task.Delay(10);
            return null;
        }));

        var json = await ExecutionHarness.RunAsync(schema, "{ obj { y x } a }", ExecutionHarness.Json("""{"obj":{"y":1},"a":2}"""));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.x.","locations":[{"line":1,"column":11}],"path":["obj","x"]}],"data":{"obj":null,"a":2}}""",
            json);
    }

    [Fact]
    public async Task ErrorsOfSiblingsInsideANulledObjectAreDropped()
    {
        // x (non-null) fails and nulls obj; y fails only after that error was recorded: one error only, and the
        // response still waits for y.
        var yFinished = false;
        var yStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var xRecorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var filter = new DelegateErrorFilter(error =>
        {
            xRecorded.TrySetResult();
            return error;
        });
        var schema = ExecutionHarness.Schema(Sdl, o => o
            .Resolve("Obj.x", async _ =>
            {
                await yStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
                throw new InvalidOperationException("x failed");
            })
            .Resolve("Obj.y", async _ =>
            {
                yStarted.TrySetResult();
                await xRecorded.Task.WaitAsync(TimeSpan.FromSeconds(5));
                yFinished = true;
                throw new InvalidOperationException("y failed");
            }));

        var json = await ExecutionHarness.RunAsync(
            schema, "{ obj { x y } }", ExecutionHarness.Json("""{"obj":{}}"""), options: new ExecutionOptions { ErrorFilters = [filter] });

        Assert.True(yFinished, "the response waits for resolvers still running under a nulled parent");
        Assert.Equal("""{"errors":[{"message":"x failed","locations":[{"line":1,"column":9}],"path":["obj","x"]}],"data":{"obj":null}}""", json);
    }

    [Fact]
    public async Task HiddenExceptionDetailsReadUnexpectedExecutionError()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", Throws(new InvalidOperationException("secret connection string"))));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }", options: new ExecutionOptions { IncludeExceptionDetails = false });

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"UNEXPECTED_EXECUTION_ERROR"}}],"data":{"a":null}}""",
            json);
    }

    [Fact]
    public async Task HiddenExceptionDetailsStillShowGraphQLErrors()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", Throws(new GraphQLException("Shown", "MINE"))));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }", options: new ExecutionOptions { IncludeExceptionDetails = false });

        Assert.Contains("\"message\":\"Shown\"", json);
        Assert.Contains("\"code\":\"MINE\"", json);
    }

    [Fact]
    public async Task ErrorFilterSeesTheExceptionAndCanAddExtensions()
    {
        var seen = new List<Exception?>();
        var filter = new DelegateErrorFilter(error =>
        {
            seen.Add(error.Exception);
            return error.WithCode("LOGGED");
        });
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", Throws(new TimeoutException("db"))));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }", options: new ExecutionOptions { ErrorFilters = [filter] });

        Assert.IsType<TimeoutException>(Assert.Single(seen));
        Assert.Contains("\"extensions\":{\"code\":\"LOGGED\"}", json);
    }

    [Fact]
    public async Task ErrorFilterAppliesToRequestErrors()
    {
        var filter = new DelegateErrorFilter(error => error.WithCode("FILTERED"));
        var schema = ExecutionHarness.Schema(Sdl);

        var json = await ExecutionHarness.RunAsync(schema, "query ($v: Int!) { a }", options: new ExecutionOptions { ErrorFilters = [filter] });

        Assert.Contains("\"code\":\"FILTERED\"", json);
    }

    [Fact]
    public async Task ReportErrorAddsAnErrorButKeepsTheValue()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", context =>
        {
            context.ReportError(new GraphQLError("partial"));
            return 5;
        }));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }");

        Assert.Equal("""{"errors":[{"message":"partial","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":5}}""", json);
    }

    [Fact]
    public async Task MaxErrorsCapsTheErrorList()
    {
        var schema = ExecutionHarness.Schema("type Query { list: [Int] }");

        var json = await ExecutionHarness.RunAsync(
            schema, "{ list }", ExecutionHarness.Json("""{"list":["a","b","c","d"]}"""), options: new ExecutionOptions { MaxErrors = 2 });

        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("errors").GetArrayLength());
        Assert.EndsWith("\"data\":{\"list\":[null,null,null,null]}}", json);
    }

    [Fact]
    public async Task ResolverReturningAnExceptionIsAFieldError()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.Resolve("Query.a", _ => new ArgumentException("returned")));

        var json = await ExecutionHarness.RunAsync(schema, "{ a }");

        Assert.Contains("\"message\":\"returned\"", json);
    }

    private static FieldResolver Throws(Exception exception) => _ => throw exception;
}
