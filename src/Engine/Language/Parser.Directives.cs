namespace Graph.Engine.Language;

public sealed partial class Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (§2.12); empty when absent.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directivesStart = _nodeCount;
        do
        {
            PushNode(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return PopNodes<DirectiveNode>(directivesStart);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (§2.12)</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = Loc(start) };
    }
}
