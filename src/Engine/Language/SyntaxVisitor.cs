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

    // Dispatch on Kind (a jump table) rather than on type patterns tested one after another.
    private bool VisitChildren(SyntaxNode node, TContext context)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                {
                    var n = (DocumentNode)node;
                    return Visit(n.Definitions, context);
                }

            case SyntaxKind.OperationDefinition:
                {
                    var n = (OperationDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.VariableDefinitions, context)
                        && Visit(n.Directives, context)
                        && VisitOptional(n.SelectionSet, context);
                }

            case SyntaxKind.VariableDefinition:
                {
                    var n = (VariableDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Variable, context)
                        && VisitOptional(n.Type, context)
                        && VisitOptional(n.DefaultValue, context)
                        && Visit(n.Directives, context);
                }

            case SyntaxKind.Variable:
                {
                    var n = (VariableNode)node;
                    return VisitOptional(n.Name, context);
                }

            case SyntaxKind.SelectionSet:
                {
                    var n = (SelectionSetNode)node;
                    return Visit(n.Selections, context);
                }

            case SyntaxKind.Field:
                {
                    var n = (FieldNode)node;
                    return VisitOptional(n.Alias, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Arguments, context)
                        && Visit(n.Directives, context)
                        && VisitOptional(n.SelectionSet, context);
                }

            case SyntaxKind.Argument:
                {
                    var n = (ArgumentNode)node;
                    return VisitOptional(n.Name, context) && VisitOptional(n.Value, context);
                }

            case SyntaxKind.FragmentSpread:
                {
                    var n = (FragmentSpreadNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context);
                }

            case SyntaxKind.InlineFragment:
                {
                    var n = (InlineFragmentNode)node;
                    return VisitOptional(n.TypeCondition, context)
                        && Visit(n.Directives, context)
                        && VisitOptional(n.SelectionSet, context);
                }

            case SyntaxKind.FragmentDefinition:
                {
                    var n = (FragmentDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && VisitOptional(n.TypeCondition, context)
                        && Visit(n.Directives, context)
                        && VisitOptional(n.SelectionSet, context);
                }

            case SyntaxKind.ListValue:
                {
                    var n = (ListValueNode)node;
                    return Visit(n.Values, context);
                }

            case SyntaxKind.ObjectValue:
                {
                    var n = (ObjectValueNode)node;
                    return Visit(n.Fields, context);
                }

            case SyntaxKind.ObjectField:
                {
                    var n = (ObjectFieldNode)node;
                    return VisitOptional(n.Name, context) && VisitOptional(n.Value, context);
                }

            case SyntaxKind.Directive:
                {
                    var n = (DirectiveNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Arguments, context);
                }

            case SyntaxKind.NamedType:
                {
                    var n = (NamedTypeNode)node;
                    return VisitOptional(n.Name, context);
                }

            case SyntaxKind.ListType:
                {
                    var n = (ListTypeNode)node;
                    return VisitOptional(n.Type, context);
                }

            case SyntaxKind.NonNullType:
                {
                    var n = (NonNullTypeNode)node;
                    return VisitOptional(n.Type, context);
                }

            case SyntaxKind.SchemaDefinition:
                {
                    var n = (SchemaDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && Visit(n.Directives, context)
                        && Visit(n.OperationTypes, context);
                }

            case SyntaxKind.OperationTypeDefinition:
                {
                    var n = (OperationTypeDefinitionNode)node;
                    return VisitOptional(n.Type, context);
                }

            case SyntaxKind.ScalarTypeDefinition:
                {
                    var n = (ScalarTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context) && VisitOptional(n.Name, context) && Visit(n.Directives, context);
                }

            case SyntaxKind.ObjectTypeDefinition:
                {
                    var n = (ObjectTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Interfaces, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Fields, context);
                }

            case SyntaxKind.FieldDefinition:
                {
                    var n = (FieldDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Arguments, context)
                        && VisitOptional(n.Type, context)
                        && Visit(n.Directives, context);
                }

            case SyntaxKind.InputValueDefinition:
                {
                    var n = (InputValueDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && VisitOptional(n.Type, context)
                        && VisitOptional(n.DefaultValue, context)
                        && Visit(n.Directives, context);
                }

            case SyntaxKind.InterfaceTypeDefinition:
                {
                    var n = (InterfaceTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Interfaces, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Fields, context);
                }

            case SyntaxKind.UnionTypeDefinition:
                {
                    var n = (UnionTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Types, context);
                }

            case SyntaxKind.EnumTypeDefinition:
                {
                    var n = (EnumTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Values, context);
                }

            case SyntaxKind.EnumValueDefinition:
                {
                    var n = (EnumValueDefinitionNode)node;
                    return VisitOptional(n.Description, context) && VisitOptional(n.Name, context) && Visit(n.Directives, context);
                }

            case SyntaxKind.InputObjectTypeDefinition:
                {
                    var n = (InputObjectTypeDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Fields, context);
                }

            case SyntaxKind.DirectiveDefinition:
                {
                    var n = (DirectiveDefinitionNode)node;
                    return VisitOptional(n.Description, context)
                        && VisitOptional(n.Name, context)
                        && Visit(n.Arguments, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Locations, context);
                }

            case SyntaxKind.SchemaExtension:
                {
                    var n = (SchemaExtensionNode)node;
                    return Visit(n.Directives, context) && Visit(n.OperationTypes, context);
                }

            case SyntaxKind.ScalarTypeExtension:
                {
                    var n = (ScalarTypeExtensionNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context);
                }

            case SyntaxKind.ObjectTypeExtension:
                {
                    var n = (ObjectTypeExtensionNode)node;
                    return VisitOptional(n.Name, context)
                        && Visit(n.Interfaces, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Fields, context);
                }

            case SyntaxKind.InterfaceTypeExtension:
                {
                    var n = (InterfaceTypeExtensionNode)node;
                    return VisitOptional(n.Name, context)
                        && Visit(n.Interfaces, context)
                        && Visit(n.Directives, context)
                        && Visit(n.Fields, context);
                }

            case SyntaxKind.UnionTypeExtension:
                {
                    var n = (UnionTypeExtensionNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Types, context);
                }

            case SyntaxKind.EnumTypeExtension:
                {
                    var n = (EnumTypeExtensionNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Values, context);
                }

            case SyntaxKind.DirectiveExtension:
                {
                    var n = (DirectiveExtensionNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context);
                }

            case SyntaxKind.InputObjectTypeExtension:
                {
                    var n = (InputObjectTypeExtensionNode)node;
                    return VisitOptional(n.Name, context) && Visit(n.Directives, context) && Visit(n.Fields, context);
                }

            // Leaves: Name, Int/Float/String/Boolean/Null/Enum values.
            default:
                return true;
        }
    }
}
