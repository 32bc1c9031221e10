namespace Graph.Engine.Language;

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (§3.1)</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] (§3.3.2)</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>TypeExtension : Scalar | Object | Interface | Union | Enum | InputObject TypeExtension (§3.4.3)</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (§3.5.1)</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.6.3)</summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.7.1)</summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes? (§3.8.1)</summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition? (§3.9.1)</summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition? (§3.10.1)</summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>DirectiveExtension : extend directive @ Name Directives[Const] (graphql-js 17's extension)</summary>
public sealed record DirectiveExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveExtension;
}
