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

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives;
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
