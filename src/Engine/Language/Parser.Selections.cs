namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>SelectionSet : { Selection+ } (§2.4); { Selection* } with AllowEmptySelectionSets.</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var selectionsStart = _nodeCount;
        if (!_options.AllowEmptySelectionSets || !Peek(TokenKind.BraceR))
        {
            do
            {
                PushNode(ParseSelection());
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
        }
        else
        {
            AdvanceLexer();
        }

        LeaveNesting();
        return new SelectionSetNode(PopNodes<SelectionNode>(selectionsStart)) { Location = Loc(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment (§2.4)</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (§2.5); Alias : Name : (§2.7)</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (§2.6)</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var argumentsStart = _nodeCount;
        do
        {
            PushNode(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return PopNodes<ArgumentNode>(argumentsStart);
    }

    /// <summary>Argument[Const] : Name : Value[?Const] (§2.6)</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }
}
