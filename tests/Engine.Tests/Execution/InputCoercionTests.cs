using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

public sealed class InputCoercionTests
{
    private static readonly GraphSchema Schema = ExecutionHarness.Schema("""
        type Query { a(p: PointInput, s: SettableInput, o: Choice): Int }
        input PointInput { x: Int! y: Int = 5 tags: [String!] color: Color }
        input SettableInput { name: String! count: Int inner: PointInput }
        input Choice @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        """);

    static InputCoercionTests()
    {
        ((InputObjectType)Schema.GetType("PointInput")!).RuntimeType = typeof(Point);
        ((InputObjectType)Schema.GetType("SettableInput")!).RuntimeType = typeof(Settable);
    }

    [Fact]
    public void InputObjectsBecomeTheirRuntimeTypeThroughTheConstructor()
    {
        var value = InputCoercion.CoerceInputValue(
            new Dictionary<string, object?> { ["x"] = 1L, ["tags"] = "solo", ["color"] = "GREEN" },
            Schema.GetType("PointInput")!);

        var point = Assert.IsType<Point>(value);
        Assert.Equal(1, point.X);
        Assert.Equal(5, point.Y);
        Assert.Equal(["solo"], point.Tags);
        Assert.Equal("GREEN", point.Color);
    }

    [Fact]
    public void InputObjectsBecomeTheirRuntimeTypeThroughSetters()
    {
        var value = InputCoercion.CoerceInputValue(
            new Dictionary<string, object?> { ["name"] = "n", ["inner"] = new Dictionary<string, object?> { ["x"] = 2L } },
            Schema.GetType("SettableInput")!);

        var settable = Assert.IsType<Settable>(value);
        Assert.Equal("n", settable.Name);
        Assert.Null(settable.Count);
        Assert.Equal(new Point(2, 5, null, null), settable.Inner with { Tags = null });
    }

    [Fact]
    public void WithoutRuntimeTypeInputObjectsAreDictionariesInFieldOrder()
    {
        var value = InputCoercion.CoerceInputValue(new Dictionary<string, object?> { ["name"] = "x" }, Schema.GetType("Choice")!);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal("x", Assert.Single(map).Value);
    }

    [Fact]
    public void InvalidValuesThrowWithGraphQLJsMessages()
    {
        var exception = Assert.Throws<GraphQLException>(() => InputCoercion.CoerceInputValue(
            new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" }, Schema.GetType("Choice")!));
        Assert.Equal(
            "Within OneOf Input Object type \"Choice\", exactly one field must be specified, and the value for that field must be non-null.",
            Assert.Single(exception.Errors).Message);

        var nested = Assert.Throws<GraphQLException>(() => InputCoercion.CoerceInputValue(
            new Dictionary<string, object?> { ["x"] = 1L, ["tags"] = new List<object?> { "a", null } }, Schema.GetType("PointInput")!));
        Assert.Equal("Invalid value at .tags[1]: Expected value of non-null type \"String!\" not to be null.", Assert.Single(nested.Errors).Message);
    }

    [Fact]
    public void NonNullRejectsNull()
    {
        var exception = Assert.Throws<GraphQLException>(() => InputCoercion.CoerceInputValue(null, new NonNullType(Scalars.Int)));

        Assert.Equal("Expected value of non-null type \"Int!\" not to be null.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void ListsAcceptASingleItem()
    {
        Assert.Equal(new List<object?> { 3 }, InputCoercion.CoerceInputValue(3L, new ListType(Scalars.Int)));
        Assert.Equal(new List<object?> { 1, null }, InputCoercion.CoerceInputValue(new List<object?> { 1L, null }, new ListType(Scalars.Int)));
    }

    [Fact]
    public void EnumsCoerceToTheirRuntimeValue()
    {
        var color = (EnumType)Schema.GetType("Color")!;

        Assert.Equal(color.GetValue("RED")!.Value, InputCoercion.CoerceInputValue("RED", color));
        Assert.Equal(color.GetValue("GREEN")!.Value, InputCoercion.ValueFromAst(new EnumValueNode("GREEN"), color));
    }

    [Fact]
    public void ValueFromAstReadsVariables()
    {
        var literal = Parser.ParseValue("{ x: $x, tags: [\"a\", $t] }");
        var variables = new Dictionary<string, object?> { ["x"] = 4, ["t"] = "b" };

        var point = Assert.IsType<Point>(InputCoercion.ValueFromAst(literal, Schema.GetType("PointInput")!, variables));

        Assert.Equal(4, point.X);
        Assert.Equal(["a", "b"], point.Tags);
    }

    [Fact]
    public void ValueFromAstReportsInvalidLiterals()
    {
        var exception = Assert.Throws<GraphQLException>(() =>
            InputCoercion.ValueFromAst(Parser.ParseValue("{ y: 1 }"), Schema.GetType("PointInput")!));

        Assert.Equal("Expected value of type \"PointInput\" to include required field \"x\", found: { y: 1 }.", Assert.Single(exception.Errors).Message);
    }

    public sealed record Point(int X, int? Y, IReadOnlyList<string>? Tags, string? Color);

    public sealed class Settable
    {
        public string Name { get; set; } = "";

        public int? Count { get; set; }

        public Point Inner { get; set; } = null!;
    }
}
