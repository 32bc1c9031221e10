using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Argument coercion for fields and directives.</summary>
public static class ArgumentValues
{
    internal static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>
    /// CoerceArgumentValues (§6.4.1): the coerced arguments of one field or directive use. Arguments that are
    /// neither given nor defaulted are absent. Throws <see cref="GraphQLException"/> worded like graphql-js
    /// (e.g. <c>Argument "Query.user(id:)" of required type "ID!" was not provided.</c>).
    /// </summary>
    /// <param name="owner">The schema coordinate of the field or directive, e.g. <c>Query.user</c> or <c>@skip</c>.</param>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValue> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode node,
        string owner,
        bool hideSuggestions = false)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            CoerceArgument(definition, FindArgument(argumentNodes, definition.Name), variables, node, owner, hideSuggestions, coerced);
        }

        return coerced;
    }

    /// <summary>Whether the arguments' literals mention variables (if not, their coerced values can be reused).</summary>
    internal static bool UsesVariables(IReadOnlyList<ArgumentNode> argumentNodes)
    {
        foreach (var argument in argumentNodes)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static void CoerceArgument(
        InputValue definition,
        ArgumentNode? argumentNode,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode node,
        string owner,
        bool hideSuggestions,
        Dictionary<string, object?> coerced)
    {
        var isRequired = definition.Type is NonNullType && !definition.HasDefaultValue;
        if (argumentNode is null)
        {
            if (isRequired)
            {
                throw new GraphQLException(GraphQLError.FromNodes(
                    $"Argument \"{owner}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.", node));
            }

            if (definition.HasDefaultValue)
            {
                coerced[definition.Name] = InputCoercion.CoerceDefaultValue(definition);
            }

            return;
        }

        var valueNode = argumentNode.Value;
        if (valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value)) && !isRequired)
        {
            if (definition.HasDefaultValue)
            {
                coerced[definition.Name] = InputCoercion.CoerceDefaultValue(definition);
            }

            return;
        }

        var value = InputCoercion.CoerceInputLiteral(valueNode, definition.Type, variables);
        if (!ReferenceEquals(value, InputCoercion.Invalid))
        {
            coerced[definition.Name] = value;
            return;
        }

        GraphQLError? first = null;
        InputCoercion.ValidateInputLiteral(valueNode, definition.Type, variables ?? ArgumentValues.Empty, hideSuggestions, (message, path, errorNode, exception) =>
            first ??= new GraphQLError(
                $"Argument \"{owner}({definition.Name}:)\" has invalid value{InputCoercion.PrintPath(path)}: {message}",
                errorNode.Location is { } location ? [location] : null,
                exception: exception));
        throw new GraphQLException(first ?? GraphQLError.FromNodes(
            $"Argument \"{owner}({definition.Name}:)\" has invalid value: {Inspect.Literal(valueNode)}.", valueNode));
    }

    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> argumentNodes, string name)
    {
        for (var i = 0; i < argumentNodes.Count; i++)
        {
            if (argumentNodes[i].Name.Value == name)
            {
                return argumentNodes[i];
            }
        }

        return null;
    }
}
