namespace Graph.Engine.Language;

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (§3)</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (§3.3)</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (§3.3.1)</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>TypeDefinition : Scalar | Object | Interface | Union | Enum | InputObject TypeDefinition (§3.4)</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (§3.5)</summary>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.6)</summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (§3.6)</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (§3.6.1)</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.7)</summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (§3.8)</summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (§3.9)</summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (§3.9)</summary>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (§3.10)</summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (§3.13)</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>Directives[Const]? after the arguments, as graphql-js 17 parses them; empty when absent.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
