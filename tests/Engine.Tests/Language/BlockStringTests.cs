using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

/// <summary>BlockString against graphql-js 17.1.0's blockString tests' behaviour.</summary>
public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("  a", "  a")]
    [InlineData("\n  a\n  b\n", "a\nb")]
    [InlineData("\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first\n    second\n    third", "  first\nsecond\nthird")]
    [InlineData("\t\ta\n\t\tb", "\t\ta\nb")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("   \n  \t \n", "")]
    [InlineData("\n  a\n\n  b\n   ", "a\n\nb")]
    public void Dedent_implements_BlockStringValue(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.Dedent(raw));
    }

    [Fact]
    public void DedentLines_keeps_the_first_line_and_removes_blank_edges()
    {
        Assert.Equal(["first", "second", "  third"], BlockString.DedentLines(["first", "    second", "      third", "   "]));
        Assert.Empty(BlockString.DedentLines(["", "  ", "\t"]));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a", true)]
    [InlineData("a\nb", true)]
    [InlineData("  a\n  b", false)]
    [InlineData("  a\nb", true)]
    [InlineData("\na", false)]
    [InlineData("a\n", false)]
    [InlineData("a\n  ", false)]
    [InlineData("a\rb", false)]
    [InlineData("a\u0000b", false)]
    [InlineData("a\u000Bb", false)]
    [InlineData("a\tb", true)]
    [InlineData(" ", false)]
    public void IsPrintableAsBlockString_matches_graphql_js(string value, bool expected)
    {
        Assert.Equal(expected, BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("a", "\"\"\"a\"\"\"")]
    [InlineData("  a", "\"\"\"  a\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("\n  a", "\"\"\"\n\n  a\n\"\"\"")]
    [InlineData("a\n \n  b", "\"\"\"\na\n \n  b\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"")]
    [InlineData("  leading space and \"", "\"\"\"  leading space and \"\n\"\"\"")]
    public void Print_matches_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("a\nb", "\"\"\"a\nb\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"ends with quote\"\n\"\"\"")]
    [InlineData("\n  a", "\"\"\"\n\n  a\"\"\"")]
    public void Print_minimized_matches_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value, minimize: true));
    }

    [Fact]
    public void Long_single_lines_print_on_their_own_line()
    {
        var value = new string('x', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", BlockString.Print(value[..70]));
    }
}
