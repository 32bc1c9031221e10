using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

public sealed class StringPrinterTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("hello world", "\"hello world\"")]
    [InlineData("\"quoted\"", "\"\\\"quoted\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\u0000\u0001\u000B\u001F", "\"\\u0000\\u0001\\u000B\\u001F\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("/ slash is kept", "\"/ slash is kept\"")]
    [InlineData("unicode \u00E9 \u4E2D \U0001F600", "\"unicode \u00E9 \u4E2D \U0001F600\"")]
    public void PrintString_matches_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, StringPrinter.PrintString(value));
    }

    [Fact]
    public void AppendString_writes_the_same_text()
    {
        var builder = new System.Text.StringBuilder("x=");

        StringPrinter.AppendString(builder, "a\"b");
        StringPrinter.AppendString(builder, "plain");

        Assert.Equal("x=\"a\\\"b\"\"plain\"", builder.ToString());
    }
}
