using Graph.Engine.Execution;

namespace Graph.Engine.Tests.Execution;

public sealed class DefaultFieldResolverTests
{
    private static readonly Graph.Engine.Types.GraphSchema Schema = ExecutionHarness.Schema(
        "type Query { person: Person people: [Person] } type Person { name: String age: Int callback: String nickName: String }");

    [Fact]
    public async Task ReadsPublicPropertiesCaseInsensitively()
    {
        var root = new Root(new Person("Ada", 36), [new Person("Bob", 1), new Person("Cy", 2)]);

        var json = await ExecutionHarness.RunAsync(Schema, "{ person { name age nickName } people { name } }", root);

        Assert.Equal("""{"data":{"person":{"name":"Ada","age":36,"nickName":"The Ada"},"people":[{"name":"Bob"},{"name":"Cy"}]}}""", json);
    }

    [Fact]
    public void DelegatesAreReturnedNotInvoked()
    {
        var calls = 0;
        var parent = new WithCallback(() =>
        {
            calls++;
            return "called";
        });

        var value = DefaultFieldResolver.Resolve(parent, "callback");

        Assert.IsType<Func<string>>(value);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void ReadsDictionariesAndJsonObjects()
    {
        Assert.Equal(1, DefaultFieldResolver.Resolve(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        Assert.Null(DefaultFieldResolver.Resolve(new Dictionary<string, object?> { ["a"] = 1 }, "b"));
        using var json = System.Text.Json.JsonDocument.Parse("""{"a":{"b":[1,"x"]}}""");
        var a = DefaultFieldResolver.Resolve(json.RootElement, "a");
        Assert.Equal(new object?[] { 1L, "x" }, DefaultFieldResolver.Resolve(a, "b"));
        Assert.Null(DefaultFieldResolver.Resolve(new Person("x", 1), "missing"));
    }

    public sealed record Root(Person Person, IReadOnlyList<Person> People);

    public sealed record Person(string Name, int Age)
    {
        public string NickName => "The " + Name;
    }

    public sealed record WithCallback(Func<string> Callback);
}
