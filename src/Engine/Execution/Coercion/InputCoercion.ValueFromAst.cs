using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Literal input coercion (graphql-js's <c>coerceInputLiteral</c>, the spec's literal rules in §3.5–§3.10).</summary>
public static partial class InputCoercion
{
    /// <summary>
    /// ValueFromAst: a literal, whose variables are taken from the coerced <paramref name="variables"/>, to the
    /// runtime value of <paramref name="type"/>. Throws <see cref="GraphQLException"/> when the literal is invalid.
    /// </summary>
    public static object? ValueFromAst(ValueNode valueNode, GraphType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var coerced = CoerceInputLiteral(valueNode, type, variables);
        if (!ReferenceEquals(coerced, Invalid))
        {
            return coerced;
        }

        var errors = new List<GraphQLError>();
        ValidateInputLiteral(valueNode, type, variables, hideSuggestions: false, (message, path, node, exception) =>
            errors.Add(new GraphQLError(
                path.Count == 0 ? message : $"Invalid value{PrintPath(path)}: {message}",
                node.Location is { } location ? [location] : null,
                exception: exception)));
        if (errors.Count == 0)
        {
            errors.Add(GraphQLError.FromNodes($"Expected value of type \"{type}\", found: {Inspect.Literal(valueNode)}.", valueNode));
        }

        throw new GraphQLException(errors);
    }

    internal static object? CoerceInputLiteral(ValueNode valueNode, GraphType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is VariableNode variable)
        {
            var variableValue = GetVariable(variable, variables, out var found);
            return !found || (variableValue is null && type is NonNullType) ? Invalid : variableValue;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is NullValueNode ? Invalid : CoerceInputLiteral(valueNode, nonNull.OfType, variables);
        }

        if (valueNode is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (valueNode is not ListValueNode listNode)
                {
                    var single = CoerceInputLiteral(valueNode, list.OfType, variables);
                    return ReferenceEquals(single, Invalid) ? Invalid : new List<object?>(1) { single };
                }

                var coercedList = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    var item = CoerceInputLiteral(itemNode, list.OfType, variables);
                    if (ReferenceEquals(item, Invalid))
                    {
                        // A missing or null variable inside a list of nullable items becomes null (§3.12 input coercion).
                        if (itemNode is VariableNode itemVariable && GetVariable(itemVariable, variables, out _) is null &&
                            list.OfType is not NonNullType)
                        {
                            item = null;
                        }
                        else
                        {
                            return Invalid;
                        }
                    }

                    coercedList.Add(item);
                }

                return coercedList;
            case InputObjectType inputObject:
                return CoerceInputObjectLiteral(valueNode, inputObject, variables);
            case EnumType enumType:
                return valueNode is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue
                    ? enumValue.Value
                    : Invalid;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(valueNode, variables);
                }
                catch (Exception)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? CoerceInputObjectLiteral(ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not ObjectValueNode objectNode)
        {
            return Invalid;
        }

        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return Invalid;
            }
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null || (fieldNode.Value is VariableNode variable && IsMissingVariable(variable, variables)))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    return Invalid;
                }

                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = CoerceDefaultValue(field);
                }

                continue;
            }

            var fieldValue = CoerceInputLiteral(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(fieldValue, Invalid))
            {
                return Invalid;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (objectNode.Fields.Count != 1 || coerced.Count != 1)
            {
                return Invalid;
            }

            if (objectNode.Fields[0].Value is NullValueNode || FirstValue(coerced) is null)
            {
                return Invalid;
            }
        }

        return InputObjectFactory.Create(type, coerced);
    }

    internal static ObjectFieldNode? FindField(ObjectValueNode objectNode, string name)
    {
        foreach (var field in objectNode.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static object? GetVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables, out bool found)
    {
        if (variables is not null && variables.TryGetValue(variable.Name.Value, out var value))
        {
            found = true;
            return value;
        }

        found = false;
        return null;
    }

    private static bool IsMissingVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables) =>
        variables is null || !variables.ContainsKey(variable.Name.Value);
}
