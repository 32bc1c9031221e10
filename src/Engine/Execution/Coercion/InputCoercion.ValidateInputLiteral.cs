using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Reports why a literal failed <c>CoerceInputLiteral</c>, worded like graphql-js's <c>validateInputLiteral</c>.</summary>
public static partial class InputCoercion
{
    /// <summary>Receives one problem with a literal: message, path inside the value, the node, and the exception behind it.</summary>
    internal delegate void LiteralErrorHandler(string message, IReadOnlyList<object> path, SyntaxNode node, Exception? exception);

    /// <param name="variables">Coerced variables; null validates statically (variables are not checked).</param>
    internal static void ValidateInputLiteral(
        ValueNode valueNode, GraphType type, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions, LiteralErrorHandler onError) =>
        ValidateInputLiteral(valueNode, type, variables, hideSuggestions, onError, []);

    private static void ValidateInputLiteral(
        ValueNode valueNode, GraphType type, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions, LiteralErrorHandler onError, List<object> path)
    {
        if (valueNode is VariableNode variable)
        {
            if (variables is null)
            {
                return;
            }

            var value = GetVariable(variable, variables, out var found);
            if (type is NonNullType)
            {
                if (!found)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", path.ToArray(), valueNode, null);
                }
                else if (value is null)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", path.ToArray(), valueNode, null);
                }
            }

            return;
        }

        if (type is NonNullType nonNull)
        {
            if (valueNode is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), valueNode, null);
                return;
            }

            ValidateInputLiteral(valueNode, nonNull.OfType, variables, hideSuggestions, onError, path);
            return;
        }

        if (valueNode is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (valueNode is not ListValueNode listNode)
                {
                    ValidateInputLiteral(valueNode, list.OfType, variables, hideSuggestions, onError, path);
                    return;
                }

                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    path.Add(i);
                    ValidateInputLiteral(listNode.Values[i], list.OfType, variables, hideSuggestions, onError, path);
                    path.RemoveAt(path.Count - 1);
                }

                return;
            case InputObjectType inputObject:
                ValidateInputObjectLiteral(valueNode, inputObject, variables, hideSuggestions, onError, path);
                return;
            case EnumType enumType:
                if (valueNode is not EnumValueNode enumNode)
                {
                    var shown = Inspect.Literal(valueNode);
                    onError(
                        $"Enum \"{enumType.Name}\" cannot represent non-enum value: {shown}." + EnumSuggestion(enumType, shown, hideSuggestions),
                        path.ToArray(),
                        valueNode,
                        null);
                }
                else if (enumType.GetValue(enumNode.Value) is null)
                {
                    onError(
                        $"Value \"{enumNode.Value}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(enumType, enumNode.Value, hideSuggestions),
                        path.ToArray(),
                        valueNode,
                        null);
                }

                return;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(valueNode, variables);
                }
                catch (Exception exception) when (exception is CoercionException or GraphQLException)
                {
                    onError(exception.Message, path.ToArray(), valueNode, exception);
                }
                catch (Exception exception)
                {
                    onError(
                        $"Expected value of type \"{type}\", but encountered error \"{exception.Message}\"; found: {Inspect.Literal(valueNode)}.",
                        path.ToArray(),
                        valueNode,
                        exception);
                }

                return;
        }
    }

    private static void ValidateInputObjectLiteral(
        ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions, LiteralErrorHandler onError, List<object> path)
    {
        if (valueNode is not ObjectValueNode objectNode)
        {
            onError($"Expected value of type \"{type}\" to be an object, found: {Inspect.Literal(valueNode)}.", path.ToArray(), valueNode, null);
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null)
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    onError(
                        $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspect.Literal(valueNode)}.",
                        path.ToArray(),
                        valueNode,
                        null);
                }

                continue;
            }

            if (fieldNode.Value is VariableNode variable && variables is not null)
            {
                var value = GetVariable(variable, variables, out var found);
                if (type.IsOneOf)
                {
                    if (!found)
                    {
                        onError(
                            $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.",
                            path.ToArray(),
                            valueNode,
                            null);
                    }
                    else if (value is null)
                    {
                        onError(
                            $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.",
                            path.ToArray(),
                            valueNode,
                            null);
                    }
                }
                else if (!found && !(field.Type is NonNullType && !field.HasDefaultValue))
                {
                    continue;
                }
            }

            path.Add(field.Name);
            ValidateInputLiteral(fieldNode.Value, field.Type, variables, hideSuggestions, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is not null)
            {
                known.Add(fieldNode);
                continue;
            }

            var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, FieldNames(type)));
            onError(
                $"Expected value of type \"{type}\" not to include unknown field \"{fieldNode.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Literal(valueNode)}.",
                path.ToArray(),
                fieldNode,
                null);
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (known.Count != 1)
        {
            onError(OneOfMessage(type), path.ToArray(), valueNode, null);
            return;
        }

        if (known[0].Value is NullValueNode)
        {
            path.Add(known[0].Name.Value);
            onError(OneOfMessage(type), path.ToArray(), valueNode, null);
            path.RemoveAt(path.Count - 1);
        }
    }
}
