namespace Graph.Engine.Language;

/// <summary>OperationType : one of query mutation subscription (§2.3)</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// OperationDefinition : OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet (§2.3).
/// The shorthand form has operation Query, no name, no variables and no directives.
/// </summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>Description? before the operation type (executable descriptions, as graphql-js 17 parses them).</summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

/// <summary>VariableDefinition : Variable : Type DefaultValue? Directives[Const]? (§2.10)</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>Description? before the variable (executable descriptions, as graphql-js 17 parses them).</summary>
    public StringValueNode? Description { get; init; }
}
