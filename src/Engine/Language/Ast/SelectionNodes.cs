namespace Graph.Engine.Language;

/// <summary>SelectionSet : { Selection+ } (§2.4)</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
public abstract record SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (§2.5)</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    /// <summary>The key this field's value has in the response: its alias, else its name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

/// <summary>FragmentSpread : ... FragmentName Directives? (§2.8)</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (§2.8.2)</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet (§2.8)</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>Description? before <c>fragment</c> (executable descriptions, as graphql-js 17 parses them).</summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}
