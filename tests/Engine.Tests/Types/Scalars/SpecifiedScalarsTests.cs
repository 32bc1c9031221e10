using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types.Scalars;

using Scalars = Graph.Engine.Types.Scalars;

public sealed class SpecifiedScalarsTests
{
    public static TheoryData<object, object> IntSerializeValid => new()
    {
        { 1, 1 },
        { 0, 0 },
        { -1, -1 },
        { 1e5, 100000 },
        { 1.0, 1 },
        { 2147483647L, 2147483647 },
        { -2147483648L, -2147483648 },
        { true, 1 },
        { false, 0 },
        { "123", 123 },
        { " 12 ", 12 },
        { 7m, 7 },
    };

    [Theory]
    [MemberData(nameof(IntSerializeValid))]
    public void Int_serializes_numbers_booleans_and_numeric_strings(object input, object expected) =>
        Assert.Equal(expected, Scalars.Int.Serialize(input));

    [Theory]
    [InlineData(0.1, "Int cannot represent non-integer value: 0.1")]
    [InlineData(1.1, "Int cannot represent non-integer value: 1.1")]
    [InlineData(-1.1, "Int cannot represent non-integer value: -1.1")]
    [InlineData(9876504321d, "Int cannot represent non 32-bit signed integer value: 9876504321")]
    [InlineData(-9876504321d, "Int cannot represent non 32-bit signed integer value: -9876504321")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData("-1.1", "Int cannot represent non-integer value: \"-1.1\"")]
    [InlineData("one", "Int cannot represent non-integer value: \"one\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    public void Int_serialize_rejects_with_graphql_js_message(object input, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalars.Int.Serialize(input)).Message);

    [Fact]
    public void Int_serialize_rejects_objects_with_inspected_value()
    {
        var error = Assert.Throws<CoercionException>(() => Scalars.Int.Serialize(new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal("Int cannot represent non-integer value: { a: 1 }", error.Message);
        error = Assert.Throws<CoercionException>(() => Scalars.Int.Serialize(new List<object?> { 5 }));
        Assert.Equal("Int cannot represent non-integer value: [5]", error.Message);
    }

    [Theory]
    [InlineData(1L, 1)]
    [InlineData(-5L, -5)]
    [InlineData(3.0, 3)]
    public void Int_parse_value_accepts_integral_numbers(object input, int expected) =>
        Assert.Equal(expected, Scalars.Int.ParseValue(input));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    public void Int_parse_value_rejects(object input, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalars.Int.ParseValue(input)).Message);

    [Fact]
    public void Int_parse_literal()
    {
        Assert.Equal(123, Scalars.Int.ParseLiteral(new IntValueNode("123")));
        Assert.Equal(-2147483648, Scalars.Int.ParseLiteral(new IntValueNode("-2147483648")));
        AssertLiteralError(Scalars.Int, new IntValueNode("2147483648"), "Int cannot represent non 32-bit signed integer value: 2147483648");
        AssertLiteralError(Scalars.Int, new FloatValueNode("1.5"), "Int cannot represent non-integer value: 1.5");
        AssertLiteralError(Scalars.Int, new StringValueNode("1"), "Int cannot represent non-integer value: \"1\"");
        AssertLiteralError(Scalars.Int, new EnumValueNode("ONE"), "Int cannot represent non-integer value: ONE");
        AssertLiteralError(
            Scalars.Int,
            new ListValueNode([new IntValueNode("1"), new IntValueNode("2")]),
            "Int cannot represent non-integer value: [1, 2]");
    }

    [Fact]
    public void Float_coercion()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize(1.5));
        Assert.Equal(1d, Scalars.Float.Serialize(1));
        Assert.Equal(1d, Scalars.Float.Serialize(true));
        Assert.Equal(-1.1, Scalars.Float.Serialize("-1.1"));
        Assert.Equal(2.5, Scalars.Float.ParseValue(2.5));
        Assert.Equal(3d, Scalars.Float.ParseValue(3L));
        Assert.Equal(1.5, Scalars.Float.ParseLiteral(new FloatValueNode("1.5")));
        Assert.Equal(2d, Scalars.Float.ParseLiteral(new IntValueNode("2")));

        AssertError(() => Scalars.Float.Serialize(double.NaN), "Float cannot represent non numeric value: NaN");
        AssertError(() => Scalars.Float.Serialize("one"), "Float cannot represent non numeric value: \"one\"");
        AssertError(() => Scalars.Float.Serialize(""), "Float cannot represent non numeric value: \"\"");
        AssertError(() => Scalars.Float.ParseValue("1.5"), "Float cannot represent non numeric value: \"1.5\"");
        AssertError(() => Scalars.Float.ParseValue(false), "Float cannot represent non numeric value: false");
        AssertLiteralError(Scalars.Float, new StringValueNode("1.5"), "Float cannot represent non numeric value: \"1.5\"");
        AssertLiteralError(Scalars.Float, new BooleanValueNode(true), "Float cannot represent non numeric value: true");
    }

    [Fact]
    public void String_coercion()
    {
        Assert.Equal("abc", Scalars.String.Serialize("abc"));
        Assert.Equal("1", Scalars.String.Serialize(1));
        Assert.Equal("-1.1", Scalars.String.Serialize(-1.1));
        Assert.Equal("1e+21", Scalars.String.Serialize(1e21));
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("false", Scalars.String.Serialize(false));
        Assert.Equal("abc", Scalars.String.ParseValue("abc"));
        Assert.Equal("abc", Scalars.String.ParseLiteral(new StringValueNode("abc")));

        AssertError(() => Scalars.String.Serialize(double.NaN), "String cannot represent value: NaN");
        AssertError(() => Scalars.String.Serialize(new List<object?> { 1 }), "String cannot represent value: [1]");
        AssertError(() => Scalars.String.ParseValue(true), "String cannot represent a non string value: true");
        AssertError(() => Scalars.String.ParseValue(1L), "String cannot represent a non string value: 1");
        AssertLiteralError(Scalars.String, new IntValueNode("1"), "String cannot represent a non string value: 1");
        AssertLiteralError(Scalars.String, new BooleanValueNode(true), "String cannot represent a non string value: true");
    }

    [Fact]
    public void Boolean_coercion()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(true));
        Assert.Equal(true, Scalars.Boolean.Serialize(1));
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Equal(true, Scalars.Boolean.ParseValue(true));
        Assert.Equal(false, Scalars.Boolean.ParseLiteral(new BooleanValueNode(false)));

        AssertError(() => Scalars.Boolean.Serialize("true"), "Boolean cannot represent a non boolean value: \"true\"");
        AssertError(() => Scalars.Boolean.Serialize(double.NaN), "Boolean cannot represent a non boolean value: NaN");
        AssertError(() => Scalars.Boolean.ParseValue(1L), "Boolean cannot represent a non boolean value: 1");
        AssertLiteralError(Scalars.Boolean, new IntValueNode("1"), "Boolean cannot represent a non boolean value: 1");
        AssertLiteralError(Scalars.Boolean, new NullValueNode(), "Boolean cannot represent a non boolean value: null");
    }

    [Fact]
    public void Id_coercion()
    {
        Assert.Equal("abc", Scalars.ID.Serialize("abc"));
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("123", Scalars.ID.Serialize(123L));
        Assert.Equal("1", Scalars.ID.Serialize(1.0));
        Assert.Equal("4", Scalars.ID.ParseValue(4L));
        Assert.Equal("4", Scalars.ID.ParseValue("4"));
        Assert.Equal("1", Scalars.ID.ParseLiteral(new IntValueNode("1")));
        Assert.Equal("a", Scalars.ID.ParseLiteral(new StringValueNode("a")));
        Assert.Equal("00000000-0000-0000-0000-000000000001", Scalars.ID.Serialize(new Guid("00000000-0000-0000-0000-000000000001")));

        AssertError(() => Scalars.ID.Serialize(1.5), "ID cannot represent value: 1.5");
        AssertError(() => Scalars.ID.Serialize(true), "ID cannot represent value: true");
        AssertError(() => Scalars.ID.ParseValue(false), "ID cannot represent value: false");
        AssertError(() => Scalars.ID.ParseValue(1.5), "ID cannot represent value: 1.5");
        AssertLiteralError(Scalars.ID, new FloatValueNode("1.0"), "ID cannot represent a non-string and non-integer value: 1.0");
        AssertLiteralError(Scalars.ID, new BooleanValueNode(true), "ID cannot represent a non-string and non-integer value: true");
    }

    [Fact]
    public void Value_to_literal()
    {
        Assert.Equal(new IntValueNode("1"), Scalars.Int.ValueToLiteral(1));
        Assert.Equal(new FloatValueNode("1.5"), Scalars.Float.ValueToLiteral(1.5));
        Assert.Equal(new IntValueNode("2"), Scalars.Float.ValueToLiteral(2.0));
        Assert.Equal(new StringValueNode("a"), Scalars.String.ValueToLiteral("a"));
        Assert.Equal(new BooleanValueNode(true), Scalars.Boolean.ValueToLiteral(true));
        Assert.Equal(new IntValueNode("12"), Scalars.ID.ValueToLiteral("12"));
        Assert.Equal(new StringValueNode("01"), Scalars.ID.ValueToLiteral("01"));
        Assert.Throws<CoercionException>(() => Scalars.Int.ValueToLiteral(2147483648L));
    }

    private static void AssertError(Func<object> action, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(action).Message);

    private static void AssertLiteralError(ScalarType scalar, ValueNode literal, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => scalar.ParseLiteral(literal)).Message);
}
