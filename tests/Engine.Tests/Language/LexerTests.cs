using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

public sealed class LexerTests
{
    private static Token LexOne(string source)
    {
        var lexer = new Lexer(source);
        return lexer.Advance();
    }

    private static List<Token> LexAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Lexes_punctuators(string source, TokenKind kind)
    {
        var token = LexOne(source);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(source.Length, token.End);
        Assert.Null(token.Value);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("_under_score", "_under_score")]
    [InlineData("a1B2_c3", "a1B2_c3")]
    [InlineData("__typename", "__typename")]
    public void Lexes_names(string source, string value)
    {
        var token = LexOne(source);

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9876543210123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers_keeping_their_source_text(string source, TokenKind kind)
    {
        var token = LexOne(source);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
        Assert.Equal(source.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "string with unicode surrogate pair escape \U0010FFFF")]
    public void Lexes_strings_cooking_escapes(string source, string value)
    {
        var token = LexOne(source);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(source.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Lexes_block_strings_with_the_spec_dedent(string source, string value)
    {
        var token = LexOne(source);

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Skips_white_space_commas_bom_and_comments_tracking_lines_and_columns()
    {
        var tokens = LexAll("\uFEFF\n\n    foo\n\n\n, # comment\r\n\t bar\r baz");

        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(TokenKind.Name, 7, 10, 3, 5, "foo"), tokens[0]);
        Assert.Equal(new Token(TokenKind.Name, 28, 31, 7, 3, "bar"), tokens[1]);
        Assert.Equal(new Token(TokenKind.Name, 33, 36, 8, 2, "baz"), tokens[2]);
    }

    [Fact]
    public void Tracks_lines_across_block_strings()
    {
        var tokens = LexAll("\"\"\"a\nb\r\nc\rd\"\"\" next");

        Assert.Equal(2, tokens.Count);
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((4, 6), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Returns_comments_from_ReadToken()
    {
        var lexer = new Lexer("# hello\nfoo");

        var comment = lexer.ReadToken();
        var name = lexer.ReadToken();
        var end = lexer.ReadToken();

        Assert.Equal(new Token(TokenKind.Comment, 0, 7, 1, 1, " hello"), comment);
        Assert.Equal(new Token(TokenKind.Name, 8, 11, 2, 1, "foo"), name);
        Assert.Equal(TokenKind.EndOfFile, end.Kind);
    }

    [Fact]
    public void Lookahead_does_not_move_and_end_of_file_is_sticky()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();

        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal("a", lexer.LastToken.Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal((3, 3), (lexer.Token.Start, lexer.Token.End));
    }

    [Fact]
    public void Lexes_adjacent_tokens_without_separators()
    {
        var tokens = LexAll("a(b:1.5){...c}$d@e[f]!|&=");

        Assert.Equal(
            new[]
            {
                TokenKind.Name, TokenKind.ParenL, TokenKind.Name, TokenKind.Colon, TokenKind.Float, TokenKind.ParenR,
                TokenKind.BraceL, TokenKind.Spread, TokenKind.Name, TokenKind.BraceR, TokenKind.Dollar, TokenKind.Name,
                TokenKind.At, TokenKind.Name, TokenKind.BracketL, TokenKind.Name, TokenKind.BracketR, TokenKind.Bang,
                TokenKind.Pipe, TokenKind.Amp, TokenKind.Equals,
            },
            tokens.Select(t => t.Kind).ToArray());
    }

    [Fact]
    public void Describes_tokens_like_graphql_js()
    {
        Assert.Equal("Name \"foo\"", LexOne("foo").Describe());
        Assert.Equal("\"{\"", LexOne("{").Describe());
        Assert.Equal("String \"x\"", LexOne("\"x\"").Describe());
        Assert.Equal("<EOF>", LexOne("").Describe());
    }

    [Theory]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{0000000041}\"", "Invalid")]
    public void Variable_width_unicode_escapes_are_bounded(string source, string expected)
    {
        if (expected == "Invalid")
        {
            var error = Assert.Throws<SyntaxException>(() => LexOne(source));
            Assert.Equal("Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".", error.Message);
        }
        else
        {
            Assert.Equal(expected, LexOne(source).Value);
        }
    }
}
