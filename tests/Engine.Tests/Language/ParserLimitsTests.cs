using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

/// <summary>The <see cref="ParserOptions"/> bounds: hostile documents end in a SyntaxException, never a stack overflow.</summary>
public sealed class ParserLimitsTests
{
    private const int Deep = 100_000;

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "selection sets", string.Concat(Enumerable.Repeat("{a", Deep)) + new string('}', Deep) },
        { "unclosed selection sets", string.Concat(Enumerable.Repeat("{a", Deep)) },
        { "list values", "{ a(x: " + new string('[', Deep) + new string(']', Deep) + ") }" },
        { "object values", "{ a(x: " + string.Concat(Enumerable.Repeat("{b:", Deep)) + "1" + new string('}', Deep) + ") }" },
        { "list types", "query ($v: " + new string('[', Deep) + "Int" + new string(']', Deep) + ") { a }" },
        { "default values", "query ($v: Int = " + new string('[', Deep) + ") { a }" },
        { "inline fragments", string.Concat(Enumerable.Repeat("{...on T", Deep)) },
        { "schema default values", "type T { f(a: Int = " + new string('[', Deep) + "): Int }" },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Deeply_nested_documents_are_syntax_errors(string what, string source)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.True(what.Length > 0);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 200.", error.Message);
    }

    [Fact]
    public void Deeply_nested_documents_fail_cleanly_on_a_small_stack()
    {
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(string.Concat(Enumerable.Repeat("{a", Deep)));
                }
                catch (Exception exception)
                {
                    caught = exception;
                }
            },
            maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.IsType<SyntaxException>(caught);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a:")]
    public void Deep_values_and_types_fail_in_the_single_value_entry_points(string opener)
    {
        var value = string.Concat(Enumerable.Repeat(opener, Deep));

        Assert.Throws<SyntaxException>(() => Parser.ParseValue(value));
        Assert.Throws<SyntaxException>(() => Parser.ParseConstValue(value));
        Assert.Throws<SyntaxException>(() => Parser.ParseType(new string('[', Deep) + "Int"));
    }

    [Fact]
    public void Nesting_up_to_the_maximum_is_accepted()
    {
        var options = new ParserOptions { MaxDepth = 10 };
        var ten = string.Concat(Enumerable.Repeat("{a", 10)) + new string('}', 10);
        var eleven = string.Concat(Enumerable.Repeat("{a", 11)) + new string('}', 11);

        Assert.Single(Parser.Parse(ten, options).Definitions);
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(eleven, options));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 10.", error.Message);
        Assert.Equal(21, error.Location.Column);
    }

    [Fact]
    public void Depth_counts_selection_sets_values_and_list_types_together()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Parser.Parse("{ a(x: [1]) { b } }", options);
        Assert.Throws<SyntaxException>(() => Parser.Parse("{ a { b(x: [[1]]) } }", options));
        Parser.Parse("query ($v: [[Int]]) { a }", options);
        Assert.Throws<SyntaxException>(() => Parser.Parse("query ($v: [[[[Int]]]]) { a }", options));
    }

    [Fact]
    public void Token_limit_matches_graphql_js_wording()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("{ a b c }", options);
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a b c d }", options));

        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(11, error.Location.Column);
    }

    [Fact]
    public void Comments_do_not_count_as_tokens()
    {
        Parser.Parse("# one\n# two\n{ a b c }", new ParserOptions { MaxTokens = 5 });
    }

    [Fact]
    public void Default_token_limit_is_100_000()
    {
        var source = "{ " + string.Join(' ', Enumerable.Repeat("a", 100_000)) + " }";

        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Document contains more than 100000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Length_limit_matches_graphql_js_wording()
    {
        var options = new ParserOptions { MaxLength = 8 };

        Parser.Parse("{ a b }", options);
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a b c }", options));

        Assert.Equal("Syntax Error: Source contains more than 8 UTF-16 code units. Parsing aborted.", error.Message);
        Assert.Equal(9, error.Location.Column);
    }

    [Fact]
    public void Default_length_limit_is_one_million()
    {
        var source = "{ a }" + new string(' ', 1_000_000);

        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Source contains more than 1000000 UTF-16 code units. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        Assert.Equal(200, ParserOptions.Default.MaxDepth);
        Assert.Equal(100_000, ParserOptions.Default.MaxTokens);
        Assert.Equal(1_000_000, ParserOptions.Default.MaxLength);
        Assert.False(ParserOptions.Default.NoLocation);
        Assert.False(ParserOptions.Default.AllowEmptySelectionSets);
    }
}
