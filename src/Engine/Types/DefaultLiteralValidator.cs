using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// validateInputLiteral in its static form (no variables): whether a constant literal is a valid value of an
/// input type, reporting each problem with graphql-js's message and the path into the value.
/// </summary>
internal static class DefaultLiteralValidator
{
    public static void Validate(ValueNode node, GraphType type, List<object> path, List<(string Message, SyntaxNode? Node, List<object> Path)> errors)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                errors.Add(($"Expected value of non-null type \"{type}\" not to be null.", node, [.. path]));
                return;
            }

            Validate(node, nonNull.OfType, path, errors);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    for (var i = 0; i < items.Values.Count; i++)
                    {
                        path.Add(i);
                        Validate(items.Values[i], list.OfType, path, errors);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                else
                {
                    Validate(node, list.OfType, path, errors);
                }

                break;
            case InputObjectType input:
                ValidateObject(node, input, path, errors);
                break;
            case EnumType @enum:
                ValidateEnum(node, @enum, path, errors);
                break;
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(node);
                }
                catch (CoercionException exception)
                {
                    errors.Add((exception.Message, node, [.. path]));
                }

                break;
        }
    }

    private static void ValidateObject(ValueNode node, InputObjectType type, List<object> path, List<(string Message, SyntaxNode? Node, List<object> Path)> errors)
    {
        if (node is not ObjectValueNode obj)
        {
            errors.Add(($"Expected value of type \"{type.Name}\" to be an object, found: {SdlText.Print(node)}.", node, [.. path]));
            return;
        }

        foreach (var field in type.Fields)
        {
            var provided = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (provided is null)
            {
                if (field.Type is NonNullType && field.DefaultValue is null)
                {
                    errors.Add(($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {SdlText.Print(node)}.", node, [.. path]));
                }

                continue;
            }

            path.Add(field.Name);
            Validate(provided.Value, field.Type, path, errors);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, type.Fields.Select(f => f.Name)));
                var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                errors.Add(($"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{found}: {SdlText.Print(node)}.", fieldNode, [.. path]));
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (type.IsOneOf)
        {
            var message = $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
            if (known.Count != 1)
            {
                errors.Add((message, node, [.. path]));
            }
            else if (known[0].Value is NullValueNode)
            {
                errors.Add((message, node, [.. path, known[0].Name.Value]));
            }
        }
    }

    private static void ValidateEnum(ValueNode node, EnumType type, List<object> path, List<(string Message, SyntaxNode? Node, List<object> Path)> errors)
    {
        var printed = SdlText.Print(node);
        if (node is not EnumValueNode value)
        {
            errors.Add(($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{DidYouMeanEnumValue(type, printed)}", node, [.. path]));
            return;
        }

        if (type.GetValue(value.Value) is null)
        {
            errors.Add(($"Value \"{printed}\" does not exist in \"{type.Name}\" enum.{DidYouMeanEnumValue(type, printed)}", node, [.. path]));
        }
    }

    internal static string DidYouMeanEnumValue(EnumType type, string unknown) =>
        Suggestions.DidYouMean(Suggestions.List(unknown, type.Values.Select(v => v.Name)), "the enum value");
}
