using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

using BuiltIn = Graph.Engine.Types.Scalars;

public sealed class ValueLiteralsTests
{
    [Fact]
    public void Ast_from_scalar_values()
    {
        Assert.Equal(new BooleanValueNode(true), ValueLiterals.AstFromValue(true, BuiltIn.Boolean));
        Assert.Equal(new IntValueNode("-1"), ValueLiterals.AstFromValue(-1, BuiltIn.Int));
        Assert.Equal(new IntValueNode("123"), ValueLiterals.AstFromValue(123.0, BuiltIn.Int));
        Assert.Equal(new FloatValueNode("123.5"), ValueLiterals.AstFromValue(123.5, BuiltIn.Float));
        Assert.Equal(new FloatValueNode("1e+40"), ValueLiterals.AstFromValue(1e40, BuiltIn.Float));
        Assert.Equal(new StringValueNode("hello"), ValueLiterals.AstFromValue("hello", BuiltIn.String));
        Assert.Equal(new StringValueNode("123"), ValueLiterals.AstFromValue(123, BuiltIn.String));
        Assert.Equal(new IntValueNode("123"), ValueLiterals.AstFromValue("123", BuiltIn.ID));
        Assert.Equal(new StringValueNode("01"), ValueLiterals.AstFromValue("01", BuiltIn.ID));
        Assert.Equal(new NullValueNode(), ValueLiterals.AstFromValue(null, BuiltIn.Int));
        Assert.Null(ValueLiterals.AstFromValue(null, new NonNullType(BuiltIn.Int)));
        Assert.Throws<CoercionException>(() => ValueLiterals.AstFromValue(1.5, BuiltIn.Int));
    }

    [Fact]
    public void Ast_from_lists_enums_and_input_objects()
    {
        var color = new EnumType("Color");
        color.SetValues([new EnumValue("RED", "RED"), new EnumValue("GREEN", "GREEN")]);
        var input = new InputObjectType("Point");
        input.SetFields([new InputValue("x", new NonNullType(BuiltIn.Int)), new InputValue("c", color), new InputValue("tags", new ListType(BuiltIn.String))]);

        Assert.Equal(new EnumValueNode("RED"), ValueLiterals.AstFromValue("RED", color));
        Assert.Throws<CoercionException>(() => ValueLiterals.AstFromValue("BLUE", color));

        var list = Assert.IsType<ListValueNode>(ValueLiterals.AstFromValue(new object?[] { "RED", "GREEN" }, new ListType(color)));
        Assert.Equal(2, list.Values.Count);
        Assert.Equal(new EnumValueNode("RED"), ValueLiterals.AstFromValue("RED", new ListType(color)));

        var value = new Dictionary<string, object?> { ["x"] = 1, ["c"] = "GREEN", ["tags"] = new List<object?> { "a" } };
        var node = Assert.IsType<ObjectValueNode>(ValueLiterals.AstFromValue(value, input));
        Assert.Equal(["x", "c", "tags"], node.Fields.Select(f => f.Name.Value));
        Assert.Equal("{ x: 1, c: GREEN, tags: [\"a\"] }", SdlText.Print(node));
    }

    [Fact]
    public void Value_from_ast_untyped()
    {
        var literal = new ObjectValueNode([
            new ObjectFieldNode(new NameNode("i"), new IntValueNode("1")),
            new ObjectFieldNode(new NameNode("f"), new FloatValueNode("1.5")),
            new ObjectFieldNode(new NameNode("l"), new ListValueNode([new EnumValueNode("A"), new NullValueNode()])),
            new ObjectFieldNode(new NameNode("v"), new VariableNode(new NameNode("var"))),
        ]);
        var value = Assert.IsType<Dictionary<string, object?>>(ValueLiterals.ValueFromAstUntyped(literal, new Dictionary<string, object?> { ["var"] = "x" }));
        Assert.Equal(1, value["i"]);
        Assert.Equal(1.5, value["f"]);
        Assert.Equal(new object?[] { "A", null }, (List<object?>)value["l"]!);
        Assert.Equal("x", value["v"]);
    }
}
