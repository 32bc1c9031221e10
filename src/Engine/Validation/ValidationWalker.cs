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

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case VariableDefinitionNode variableDefinition:
                Walk(variableDefinition.Variable);
                Walk(variableDefinition.Type);
                if (variableDefinition.DefaultValue is { } defaultValue)
                {
                    Walk(defaultValue);
                }

                WalkAll(variableDefinition.Directives);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections);
                break;
            case FieldNode field:
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                if (field.SelectionSet is { } fieldSelectionSet)
                {
                    Walk(fieldSelectionSet);
                }

                break;
            case ArgumentNode argument:
                Walk(argument.Value);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                if (inlineFragment.TypeCondition is { } typeCondition)
                {
                    Walk(typeCondition);
                }

                WalkAll(inlineFragment.Directives);
                Walk(inlineFragment.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case ListValueNode list:
                WalkAll(list.Values);
                break;
            case ObjectValueNode objectValue:
                WalkAll(objectValue.Fields);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments);
                break;
            case ListTypeNode listType:
                Walk(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Walk(nonNullType.Type);
                break;
            default:
                WalkTypeSystemChildren(node);
                break;
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
