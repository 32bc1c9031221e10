namespace Graph.Engine.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (§2, §3), one method per grammar production,
/// accepting and rejecting exactly what graphql-js does, with its syntax error messages. Nesting is
/// bounded by <see cref="ParserOptions.MaxDepth"/>, so deep documents fail with a
/// <see cref="SyntaxException"/> rather than exhausting the stack.
/// </summary>
public sealed partial class Parser
{
    private readonly string _source;
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly bool _noLocation;
    private int _tokenCount;
    private int _depth;

    // Items of the lists being parsed, innermost list on top: each list becomes one exact-size array,
    // with no List<T> or growth garbage. Reused per thread across parses.
    [ThreadStatic]
    private static SyntaxNode[]? t_nodes;

    private SyntaxNode[] _nodes;
    private int _nodeCount;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options ?? ParserOptions.Default;
        _noLocation = _options.NoLocation;
        if (source.Length > _options.MaxLength)
        {
            throw new SyntaxException(
                source,
                _options.MaxLength,
                $"Source contains more than {_options.MaxLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source);
        _nodes = t_nodes ?? new SyntaxNode[64];
        t_nodes = null;
    }

    /// <summary>Parses a whole document (executable and/or type system definitions).</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var document = parser.ParseDocument();
        parser.Release();
        return document;
    }

    /// <summary>Parses a single Value (variables allowed), e.g. <c>[1, $a, { b: "c" }]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        parser.Release();
        return value;
    }

    /// <summary>Parses a single Value[Const] (no variables).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        parser.Release();
        return value;
    }

    /// <summary>Parses a single Type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        parser.Release();
        return type;
    }

    /// <summary>Hands the node stack back for the next parse on this thread (not after errors: it may hold nodes).</summary>
    private void Release()
    {
        if (_nodes.Length <= 4096)
        {
            t_nodes = _nodes;
        }
    }

    private void PushNode(SyntaxNode node)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[_nodeCount++] = node;
    }

    /// <summary>The nodes pushed since <paramref name="start"/>, as an array, popped off the stack.</summary>
    private T[] PopNodes<T>(int start)
        where T : SyntaxNode
    {
        var count = _nodeCount - start;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (T)_nodes[start + i];
        }

        Array.Clear(_nodes, start, count);
        _nodeCount = start;
        return result;
    }

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location? Loc(in Token start) =>
        _noLocation ? null : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekKeyword(string value)
    {
        var token = _lexer.Token;
        return token.Kind == TokenKind.Name && token.Value == value;
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    private SyntaxException Unexpected() => Unexpected(_lexer.Token);

    private SyntaxException Unexpected(in Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private SyntaxException Error(int position, string description) => new(_source, position, description);

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Enters one nesting level (selection set, list or object value, list type).</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_lexer.Token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }
    }

    private void LeaveNesting() => _depth--;
}
