using Graph.Engine.Introspection;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types and definitions that apply at the
/// current node (graphql-js's TypeInfo): the output type, the parent composite type, the
/// expected input type and its parent, the field, directive, argument and enum value definitions,
/// and the default value of the current input position. Call <see cref="Enter"/> before and
/// <see cref="Leave"/> after a node's children.
/// </summary>
public sealed class TypeInfo(GraphSchema schema)
{
    private readonly List<GraphType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public GraphSchema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The type the current value (argument, list item, object field, variable) must have.</summary>
    public GraphType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type enclosing the current one (the list for a list item, the input object for a field).</summary>
    public GraphType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>The default value literal of the current argument or input field; null when it has none.</summary>
    public ValueNode? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                var namedType = Type?.GetNamedType();
                _parentTypeStack.Add(namedType is ObjectType or InterfaceType or UnionType ? namedType : null);
                break;
            case SyntaxKind.Field:
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDefinition(Schema, parentType, ((FieldNode)node).Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            case SyntaxKind.Directive:
                Directive = Schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(Schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                var inlineFragment = (InlineFragmentNode)node;
                var inlineType = inlineFragment.TypeCondition is { } condition
                    ? Schema.GetType(condition.Name.Value)
                    : Type?.GetNamedType();
                _typeStack.Add(inlineType is not null && inlineType.IsOutputType() ? inlineType : null);
                break;
            case SyntaxKind.FragmentDefinition:
                var fragmentType = Schema.GetType(((FragmentDefinitionNode)node).TypeCondition.Name.Value);
                _typeStack.Add(fragmentType is not null && fragmentType.IsOutputType() ? fragmentType : null);
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = AstTypes.TypeFromAst(Schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                // List positions never have a default value.
                var listType = InputType?.Nullable();
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(listType is ListType list ? list.OfType : null);
                break;
            case SyntaxKind.ObjectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.GetField(((ObjectFieldNode)node).Name.Value)
                    : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(((EnumValueNode)node).Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>, including the
    /// introspection meta-fields: <c>__typename</c> on every composite type, <c>__schema</c> and
    /// <c>__type</c> on the query type only (graphql-js's GraphQLSchema.getField).
    /// </summary>
    public static OutputField? GetFieldDefinition(GraphSchema schema, NamedType parentType, string fieldName) =>
        IntrospectionFields.GetField(schema, parentType, fieldName);

    /// <summary>
    /// The field as graphql-js prints it in messages: "Parent.field", or "&lt;meta&gt;.__typename"
    /// for the introspection meta-fields, which belong to no type.
    /// </summary>
    public string? FieldCoordinate => FieldDef is { } fieldDef
        ? (IsMetaField(fieldDef) ? "<meta>" : ParentType?.Name) + "." + fieldDef.Name
        : null;

    internal static bool IsMetaField(OutputField field) =>
        ReferenceEquals(field, IntrospectionFields.Schema)
        || ReferenceEquals(field, IntrospectionFields.Type)
        || ReferenceEquals(field, IntrospectionFields.TypeName);

    private void EnterArgument(ArgumentNode argument)
    {
        // An unknown directive falls back to the field's arguments, as graphql-js does.
        var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        InputValue? argumentDef = null;
        if (arguments is not null)
        {
            var name = argument.Name.Value;
            foreach (var candidate in arguments)
            {
                if (candidate.Name == name)
                {
                    argumentDef = candidate;
                    break;
                }
            }
        }

        Argument = argumentDef;
        _defaultValueStack.Add(argumentDef?.DefaultValue);
        _inputTypeStack.Add(argumentDef is not null && argumentDef.Type.IsInputType() ? argumentDef.Type : null);
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
