namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? (§2.8);
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet (§2.8.2)
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (§2.8);
    /// TypeCondition : on NamedType (§2.8.1)
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not on (§2.8)</summary>
    private NameNode ParseFragmentName()
    {
        // graphql-js tests the token's value whatever its kind, so a String "on" is "Unexpected" too.
        if (_lexer.Token.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
