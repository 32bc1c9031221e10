using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>A directive applied to a schema element, with its argument literals as written.</summary>
public sealed record AppliedDirective(string Name, IReadOnlyList<ArgumentNode> Arguments)
{
    public DirectiveNode? AstNode { get; init; }
}
