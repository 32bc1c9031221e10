using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Tests.Execution;

public sealed class VariableValuesTests
{
    private static readonly Graph.Engine.Types.GraphSchema Schema = ExecutionHarness.Schema("type Query { a(x: Int): Int }");

    [Fact]
    public void StopsAfterTheErrorLimitLikeGraphQLJs()
    {
        var operation = Executor.GetOperation(Parser.Parse("query ($a: Int!, $b: Int!, $c: Int!, $d: Int!) { a }"), null);

        var result = VariableValues.CoerceVariableValues(Schema, operation, new Dictionary<string, object?>(), maxErrors: 2);

        Assert.Equal(
            [
                "Variable \"$a\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.",
                "Variable \"$b\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.",
                "Too many errors processing variables, error limit reached. Execution aborted.",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void AbsentNullableVariablesStayAbsentAndDefaultsApply()
    {
        var operation = Executor.GetOperation(Parser.Parse("query ($a: Int, $b: Int = 3, $c: [Int] = [1]) { a }"), null);

        var result = VariableValues.CoerceVariableValues(Schema, operation, new Dictionary<string, object?> { ["c"] = null });

        Assert.False(result.HasErrors);
        Assert.False(result.Coerced.ContainsKey("a"));
        Assert.Equal(3, result.Coerced["b"]);
        Assert.Null(result.Coerced["c"]);
    }

    [Fact]
    public void HiddenSuggestionsLeaveOutDidYouMean()
    {
        var schema = ExecutionHarness.Schema("type Query { a(c: Color): Int } enum Color { RED }");
        var operation = Executor.GetOperation(Parser.Parse("query ($c: Color) { a(c: $c) }"), null);

        var result = VariableValues.CoerceVariableValues(schema, operation, new Dictionary<string, object?> { ["c"] = "REDD" }, hideSuggestions: true);

        Assert.Equal("Variable \"$c\" has invalid value: Value \"REDD\" does not exist in \"Color\" enum.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task JsonElementVariablesAreAccepted()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""{"x": 5}""");
        var schema = ExecutionHarness.Schema("type Query { a(x: Int): Int }", o => o.Resolve("Query.a", c => c.ArgumentValue<int>("x") * 2));

        var output = await ExecutionHarness.RunAsync(
            schema, "query ($x: Int) { a(x: $x) }", variables: new Dictionary<string, object?> { ["x"] = json.RootElement.GetProperty("x") });

        Assert.Equal("""{"data":{"a":10}}""", output);
    }

    [Fact]
    public async Task ResolversShareContextDataAndServices()
    {
        var services = new SingleService(new Greeter());
        var schema = ExecutionHarness.Schema("type Query { a: String b: String }", o => o
            .Resolve("Query.a", c => ((Greeter)c.Services.GetService(typeof(Greeter))!).Greet((string)c.ContextData["user"]!))
            .Resolve("Query.b", c => c.ContextData.TryGetValue("missing", out var v) ? v : "none"));

        var output = await ExecutionHarness.RunAsync(schema, "{ a b }", options: new ExecutionOptions
        {
            Services = services,
            ContextData = new Dictionary<string, object?> { ["user"] = "ada" },
        });

        Assert.Equal("""{"data":{"a":"hello ada","b":"none"}}""", output);
    }

    private sealed class Greeter
    {
        public string Greet(string name) => "hello " + name;
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
