using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pet: Pet pets: [Pet] thing: Thing }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Thing = Dog | Cat
        """;

    [Fact]
    public async Task ResolveTypeDelegateWins()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o.ResolveType("Pet", (value, context) =>
            (ObjectType)context.Schema.GetType(((Dictionary<string, object?>)value).GetValueOrDefault("kind") as string ?? "Dog")!));

        var json = await ExecutionHarness.RunAsync(
            schema, "{ pets { __typename name } }", ExecutionHarness.Json("""{"pets":[{"kind":"Cat","name":"Tom"},{"name":"Rex"}]}"""));

        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat","name":"Tom"},{"__typename":"Dog","name":"Rex"}]}}""", json);
    }

    [Fact]
    public async Task IsTypeOfOfPossibleTypesIsTriedInOrder()
    {
        var schema = ExecutionHarness.Schema(Sdl, o => o
            .IsTypeOfFor("Dog", value => value is DogValue)
            .IsTypeOfFor("Cat", value => value is CatValue));

        var json = await ExecutionHarness.RunAsync(schema, "{ thing { __typename } pet { name } }", new Root(new CatValue("Tom", true), new DogValue("Rex", false)));

        Assert.Equal("""{"data":{"thing":{"__typename":"Cat"},"pet":{"name":"Rex"}}}""", json);
    }

    [Fact]
    public async Task IsTypeOfRejectingAValueIsAnError()
    {
        var schema = ExecutionHarness.Schema("type Query { dog: Dog } type Dog { name: String }", o => o.IsTypeOfFor("Dog", value => value is DogValue));

        var json = await ExecutionHarness.RunAsync(schema, "{ dog { name } }", new Dictionary<string, object?> { ["dog"] = "not a dog" });

        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: \"not a dog\".","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            json);
    }

    [Fact]
    public async Task RuntimeTypeOfObjectTypesMatchesClrValues()
    {
        var schema = ExecutionHarness.Schema(Sdl);
        ((ObjectType)schema.GetType("Dog")!).RuntimeType = typeof(DogValue);
        ((ObjectType)schema.GetType("Cat")!).RuntimeType = typeof(CatValue);

        var json = await ExecutionHarness.RunAsync(
            schema, "{ pet { __typename ... on Dog { barks } } thing { ... on Cat { meows } } }", new Root(new CatValue("Tom", true), new DogValue("Rex", true)));

        Assert.Equal("""{"data":{"pet":{"__typename":"Dog","barks":true},"thing":{"meows":true}}}""", json);
    }

    [Fact]
    public async Task ResolveTypeReturningAForeignTypeIsAnError()
    {
        var foreign = new ObjectType("Dog");
        var schema = ExecutionHarness.Schema(Sdl, o => o.ResolveType("Pet", (_, _) => foreign));

        var json = await ExecutionHarness.RunAsync(schema, "{ pet { name } }", new Root(null, new DogValue("Rex", true)));

        Assert.Contains("Abstract type \\\"Pet\\\" was resolved to a type \\\"Dog\\\" that does not exist inside the schema.", json);
    }

    public sealed record Root(object? Thing, object? Pet);

    public sealed record DogValue(string Name, bool Barks);

    public sealed record CatValue(string Name, bool Meows);
}
