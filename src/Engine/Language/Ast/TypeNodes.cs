namespace Graph.Engine.Language;

/// <summary>Type : NamedType | ListType | NonNullType (§2.11)</summary>
public abstract record TypeNode : SyntaxNode;

/// <summary>NamedType : Name</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>ListType : [ Type ]</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>NonNullType : NamedType ! | ListType !</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
