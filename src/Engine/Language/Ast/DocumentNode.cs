namespace Graph.Engine.Language;

/// <summary>Document : Definition+ (§2.2)</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
