namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (§2.1.9)</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }

    /// <summary>Type : NamedType | ListType | NonNullType; ListType : [ Type ]; NonNullType : NamedType ! | ListType ! (§2.11)</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            AdvanceLexer();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(innerType) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = Loc(start) };
        }

        return type;
    }

    /// <summary>NamedType : Name (§2.11)</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }
}
