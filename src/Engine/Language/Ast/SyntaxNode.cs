namespace Graph.Engine.Language;

/// <summary>
/// The root of the immutable AST. Nodes are sealed records; lists are never null (empty when
/// absent in the source), and <see cref="Location"/> is null only for nodes built in code.
/// </summary>
public abstract record SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    public Location? Location { get; init; }
}

/// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (§2.1.9)</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public override string ToString() => Value;
}

/// <summary>Directive : @ Name Arguments? (§2.12)</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}

/// <summary>Argument : Name : Value (§2.6)</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
