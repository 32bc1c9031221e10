using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>
/// Walks a document depth-first in graphql-js's field order (its QueryDocumentKeys, without
/// descriptions, which must not affect validation), keeping a <see cref="TypeInfo"/> in step.
/// Name nodes are not visited: no rule looks at them on their own.
/// </summary>
internal abstract class ValidationWalker(TypeInfo typeInfo)
{
    protected TypeInfo TypeInfo { get; } = typeInfo;

    /// <summary>Called after TypeInfo entered the node; false skips its children and <see cref="OnLeave"/>.</summary>
    protected abstract bool OnEnter(SyntaxNode node);

    /// <summary>Called before TypeInfo leaves the node.</summary>
    protected abstract void OnLeave(SyntaxNode node);

    public void Walk(SyntaxNode node)
    {
        TypeInfo.Enter(node);
        if (OnEnter(node))
        {
            WalkChildren(node);
            OnLeave(node);
        }

        TypeInfo.Leave(node);
    }

    private void WalkAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    // Dispatches on Kind (a jump table) rather than on type patterns; casts to sealed types are cheap.
    private void WalkChildren(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                WalkAll(((DocumentNode)node).Definitions);
                break;
            case SyntaxKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case SyntaxKind.VariableDefinition:
                var variableDefinition = (VariableDefinitionNode)node;
                Walk(variableDefinition.Variable);
                Walk(variableDefinition.Type);
                WalkOptional(variableDefinition.DefaultValue);
                WalkAll(variableDefinition.Directives);
                break;
            case SyntaxKind.SelectionSet:
                WalkAll(((SelectionSetNode)node).Selections);
                break;
            case SyntaxKind.Field:
                var field = (FieldNode)node;
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                WalkOptional(field.SelectionSet);
                break;
            case SyntaxKind.Argument:
                Walk(((ArgumentNode)node).Value);
                break;
            case SyntaxKind.FragmentSpread:
                WalkAll(((FragmentSpreadNode)node).Directives);
                break;
            case SyntaxKind.InlineFragment:
                var inlineFragment = (InlineFragmentNode)node;
                WalkOptional(inlineFragment.TypeCondition);
                WalkAll(inlineFragment.Directives);
                Walk(inlineFragment.SelectionSet);
                break;
            case SyntaxKind.FragmentDefinition:
                var fragment = (FragmentDefinitionNode)node;
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case SyntaxKind.ListValue:
                WalkAll(((ListValueNode)node).Values);
                break;
            case SyntaxKind.ObjectValue:
                WalkAll(((ObjectValueNode)node).Fields);
                break;
            case SyntaxKind.ObjectField:
                Walk(((ObjectFieldNode)node).Value);
                break;
            case SyntaxKind.Directive:
                WalkAll(((DirectiveNode)node).Arguments);
                break;
            case SyntaxKind.ListType:
                Walk(((ListTypeNode)node).Type);
                break;
            case SyntaxKind.NonNullType:
                Walk(((NonNullTypeNode)node).Type);
                break;
            case SyntaxKind.Variable:
            case SyntaxKind.NamedType:
            case SyntaxKind.IntValue:
            case SyntaxKind.FloatValue:
            case SyntaxKind.StringValue:
            case SyntaxKind.BooleanValue:
            case SyntaxKind.NullValue:
            case SyntaxKind.EnumValue:
                break;
            default:
                WalkTypeSystemChildren(node);
                break;
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    // Type-system definitions are not executable, but rules still look inside them (known types and directives).
    private void WalkTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkAll(schemaExtension.Directives);
                WalkAll(schemaExtension.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Walk(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                WalkAll(scalarExtension.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectExtension:
                WalkAll(objectExtension.Interfaces);
                WalkAll(objectExtension.Directives);
                WalkAll(objectExtension.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WalkAll(interfaceExtension.Interfaces);
                WalkAll(interfaceExtension.Directives);
                WalkAll(interfaceExtension.Fields);
                break;
            case FieldDefinitionNode fieldDefinition:
                WalkAll(fieldDefinition.Arguments);
                Walk(fieldDefinition.Type);
                WalkAll(fieldDefinition.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Walk(inputValue.Type);
                if (inputValue.DefaultValue is { } defaultValue)
                {
                    Walk(defaultValue);
                }

                WalkAll(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case UnionTypeExtensionNode unionExtension:
                WalkAll(unionExtension.Directives);
                WalkAll(unionExtension.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                WalkAll(enumExtension.Directives);
                WalkAll(enumExtension.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WalkAll(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                WalkAll(inputObject.Directives);
                WalkAll(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WalkAll(inputExtension.Directives);
                WalkAll(inputExtension.Fields);
                break;
            case DirectiveDefinitionNode directiveDefinition:
                WalkAll(directiveDefinition.Arguments);
                WalkAll(directiveDefinition.Directives);
                break;
            case DirectiveExtensionNode directiveExtension:
                WalkAll(directiveExtension.Directives);
                break;
        }
    }
}
