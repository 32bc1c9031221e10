namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>SelectionSet : { Selection+ } (§2.4); { Selection* } with AllowEmptySelectionSets.</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        if (!_options.AllowEmptySelectionSets || !Peek(TokenKind.BraceR))
        {
            do
            {
                selections.Add(ParseSelection());
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
        }
        else
        {
            AdvanceLexer();
        }

        LeaveNesting();
        return new SelectionSetNode(selections) { Location = Loc(start) };
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

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return arguments;
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
