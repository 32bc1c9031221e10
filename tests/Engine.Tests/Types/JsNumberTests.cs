using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

/// <summary>String(number) parity: expected texts from node (JavaScript's Number::toString).</summary>
public sealed class JsNumberTests
{
    [Theory]
    [InlineData(1.00000000000000006E-1, "0.1")]
    [InlineData(3.00000000000000044E-1, "0.30000000000000004")]
    [InlineData(1.00000000000000000E+21, "1e+21")]
    [InlineData(1.00000000000000000E+20, "100000000000000000000")]
    [InlineData(1.23456789012345684E+20, "123456789012345680000")]
    [InlineData(1.49999999999999993E-7, "1.5e-7")]
    [InlineData(9.99999999999999955E-7, "0.000001")]
    [InlineData(9.99999999999999955E-8, "1e-7")]
    [InlineData(0.0, "0")]
    [InlineData(4.94065645841246544E-324, "5e-324")]
    [InlineData(1.79769313486231571E+308, "1.7976931348623157e+308")]
    [InlineData(9.00719925474099200E+15, "9007199254740992")]
    [InlineData(1.23456000000000003E+2, "123.456")]
    [InlineData(-1.00000000000000004E-10, "-1e-10")]
    [InlineData(1.00000000000000000E+2, "100")]
    [InlineData(3.33333333333333315E-1, "0.3333333333333333")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Formats_like_javascript(double value, string expected) => Assert.Equal(expected, JsNumber.Format(value));

    [Theory]
    [InlineData("  12 ", 12d)]
    [InlineData("0x1F", 31d)]
    [InlineData("1e3", 1000d)]
    [InlineData("-2.5", -2.5)]
    [InlineData("", 0d)]
    [InlineData("Infinity", double.PositiveInfinity)]
    public void Parses_like_javascript_number(string text, double expected) => Assert.Equal(expected, JsNumber.Parse(text));

    [Fact]
    public void Rejects_non_numeric_text() => Assert.True(double.IsNaN(JsNumber.Parse("12px")));

    [Fact]
    public void Inspect_matches_graphql_js()
    {
        Assert.Equal("\"a\\\"b\"", ValueInspector.Inspect("a\"b"));
        Assert.Equal("{ a: { b: [Object] } }", ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } }));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", ValueInspector.Inspect(Enumerable.Range(1, 12).ToList()));
        Assert.Equal("{}", ValueInspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("null", ValueInspector.Inspect(null));
    }
}
