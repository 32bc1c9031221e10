namespace Graph.Engine.Language;

/// <summary>
/// One depth-first traversal of an AST, calling <see cref="Enter"/> before and <see cref="Leave"/> after
/// each node's children, in graphql-js's visiting order (its QueryDocumentKeys). A hook can skip a subtree
/// or stop the traversal; <see cref="Ancestors"/> and <see cref="Parent"/> say where the traversal is.
/// Run every validation rule in one pass by dispatching on the node's <see cref="SyntaxNode.Kind"/>.
/// </summary>
/// <remarks>
/// Recursion is bounded by the parser's <see cref="ParserOptions.MaxDepth"/> for parsed documents.
/// An instance keeps traversal state, so use one per thread.
/// </remarks>
public abstract class SyntaxVisitor<TContext>
{
    private readonly List<SyntaxNode> _ancestors = [];

    /// <summary>The nodes from the root down to the current node's parent (the current node excluded).</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The current node's parent, or null at the root.</summary>
    protected SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>Visits <paramref name="root"/> and its descendants; false when a hook returned Break.</summary>
    public bool Visit(SyntaxNode root, TContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        _ancestors.Clear();
        try
        {
            return VisitNode(root, context);
        }
        finally
        {
            _ancestors.Clear();
        }
    }

    /// <summary>Called before the node's children; Skip avoids them (and Leave), Break ends the traversal.</summary>
    protected virtual VisitAction Enter(SyntaxNode node, TContext context) => VisitAction.Continue;

    /// <summary>Called after the node's children; Break ends the traversal.</summary>
    protected virtual VisitAction Leave(SyntaxNode node, TContext context) => VisitAction.Continue;

    private bool VisitNode(SyntaxNode node, TContext context)
    {
        var action = Enter(node, context);
        if (action == VisitAction.Break)
        {
            return false;
        }

        if (action == VisitAction.Skip)
        {
            return true;
        }

        _ancestors.Add(node);
        var completed = VisitChildren(node, context);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && Leave(node, context) != VisitAction.Break;
    }

    private bool VisitOptional(SyntaxNode? node, TContext context) => node is null || VisitNode(node, context);

    private bool Visit<T>(IReadOnlyList<T> nodes, TContext context)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!VisitNode(nodes[i], context))
            {
                return false;
            }
        }

        return true;
    }

    private bool VisitChildren(SyntaxNode node, TContext context) => node switch
    {
        DocumentNode n => Visit(n.Definitions, context),
        OperationDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.VariableDefinitions, context)
            && Visit(n.Directives, context)
            && VisitOptional(n.SelectionSet, context),
        VariableDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Variable, context)
            && VisitOptional(n.Type, context)
            && VisitOptional(n.DefaultValue, context)
            && Visit(n.Directives, context),
        VariableNode n => VisitOptional(n.Name, context),
        SelectionSetNode n => Visit(n.Selections, context),
        FieldNode n => VisitOptional(n.Alias, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Arguments, context)
            && Visit(n.Directives, context)
            && VisitOptional(n.SelectionSet, context),
        ArgumentNode n => VisitOptional(n.Name, context) && VisitOptional(n.Value, context),
        FragmentSpreadNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context),
        InlineFragmentNode n => VisitOptional(n.TypeCondition, context)
            && Visit(n.Directives, context)
            && VisitOptional(n.SelectionSet, context),
        FragmentDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && VisitOptional(n.TypeCondition, context)
            && Visit(n.Directives, context)
            && VisitOptional(n.SelectionSet, context),
        ListValueNode n => Visit(n.Values, context),
        ObjectValueNode n => Visit(n.Fields, context),
        ObjectFieldNode n => VisitOptional(n.Name, context) && VisitOptional(n.Value, context),
        DirectiveNode n => VisitOptional(n.Name, context) && Visit(n.Arguments, context),
        NamedTypeNode n => VisitOptional(n.Name, context),
        ListTypeNode n => VisitOptional(n.Type, context),
        NonNullTypeNode n => VisitOptional(n.Type, context),
        SchemaDefinitionNode n => VisitOptional(n.Description, context)
            && Visit(n.Directives, context)
            && Visit(n.OperationTypes, context),
        OperationTypeDefinitionNode n => VisitOptional(n.Type, context),
        ScalarTypeDefinitionNode n => VisitOptional(n.Description, context) && VisitOptional(n.Name, context) && Visit(n.Directives, context),
        ObjectTypeDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Interfaces, context)
            && Visit(n.Directives, context)
            && Visit(n.Fields, context),
        FieldDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Arguments, context)
            && VisitOptional(n.Type, context)
            && Visit(n.Directives, context),
        InputValueDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && VisitOptional(n.Type, context)
            && VisitOptional(n.DefaultValue, context)
            && Visit(n.Directives, context),
        InterfaceTypeDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Interfaces, context)
            && Visit(n.Directives, context)
            && Visit(n.Fields, context),
        UnionTypeDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Directives, context)
            && Visit(n.Types, context),
        EnumTypeDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Directives, context)
            && Visit(n.Values, context),
        EnumValueDefinitionNode n => VisitOptional(n.Description, context) && VisitOptional(n.Name, context) && Visit(n.Directives, context),
        InputObjectTypeDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Directives, context)
            && Visit(n.Fields, context),
        DirectiveDefinitionNode n => VisitOptional(n.Description, context)
            && VisitOptional(n.Name, context)
            && Visit(n.Arguments, context)
            && Visit(n.Directives, context)
            && Visit(n.Locations, context),
        SchemaExtensionNode n => Visit(n.Directives, context) && Visit(n.OperationTypes, context),
        ScalarTypeExtensionNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context),
        ObjectTypeExtensionNode n => VisitOptional(n.Name, context)
            && Visit(n.Interfaces, context)
            && Visit(n.Directives, context)
            && Visit(n.Fields, context),
        InterfaceTypeExtensionNode n => VisitOptional(n.Name, context)
            && Visit(n.Interfaces, context)
            && Visit(n.Directives, context)
            && Visit(n.Fields, context),
        UnionTypeExtensionNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Types, context),
        EnumTypeExtensionNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Values, context),
        DirectiveExtensionNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context),
        InputObjectTypeExtensionNode n => VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Fields, context),

        // Leaves: Name, Int/Float/String/Boolean/Null/Enum values.
        _ => true,
    };
}
