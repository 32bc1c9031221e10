namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const] (§2.9)
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue (§2.9.4), a "string" or a """block string""".</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (§2.9.7)</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        IReadOnlyList<ValueNode> values = [];
        if (!ExpectOptionalToken(TokenKind.BracketR))
        {
            var listStart = _nodeCount;
            do
            {
                PushNode(ParseValueLiteral(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.BracketR));

            values = PopNodes<ValueNode>(listStart);
        }

        LeaveNesting();
        return new ListValueNode(values) { Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (§2.9.8)</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        IReadOnlyList<ObjectFieldNode> fields = [];
        if (!ExpectOptionalToken(TokenKind.BraceR))
        {
            var listStart = _nodeCount;
            do
            {
                PushNode(ParseObjectField(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));

            fields = PopNodes<ObjectFieldNode>(listStart);
        }

        LeaveNesting();
        return new ObjectValueNode(fields) { Location = Loc(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const] (§2.9.8)</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = Loc(start) };
    }
}
