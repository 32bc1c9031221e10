using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// Checks a literal against an input type without variable values (graphql-js's static
/// validateInputLiteral): variables are assumed valid here and checked by their own rules.
/// </summary>
internal static class LiteralValidator
{
    public static void Validate(ValueNode value, GraphType type, ValidationContext context)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                context.ReportError($"Expected value of non-null type \"{type}\" not to be null.", value);
                return;
            }

            Validate(value, nonNull.OfType, context);
            return;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode listValue)
                {
                    foreach (var item in listValue.Values)
                    {
                        Validate(item, list.OfType, context);
                    }
                }
                else
                {
                    // A single value stands for a list of one.
                    Validate(value, list.OfType, context);
                }

                break;
            case InputObjectType inputObject:
                ValidateInputObject(value, inputObject, context);
                break;
            case EnumType enumType:
                ValidateEnum(value, enumType, context);
                break;
            case ScalarType scalar:
                ValidateScalar(value, scalar, context);
                break;
        }
    }

    private static void ValidateInputObject(ValueNode value, InputObjectType type, ValidationContext context)
    {
        if (value is not ObjectValueNode objectValue)
        {
            context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {ErrorPrinter.PrintValue(value)}.", value);
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = FindLast(objectValue.Fields, field.Name);
            if (fieldNode is null)
            {
                if (field.Type is NonNullType && field.DefaultValue is null)
                {
                    context.ReportError(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {ErrorPrinter.PrintValue(value)}.",
                        value);
                }
            }
            else
            {
                Validate(fieldNode.Value, field.Type, context);
            }
        }

        var knownCount = 0;
        ObjectFieldNode? firstKnown = null;
        foreach (var fieldNode in objectValue.Fields)
        {
            var fieldName = fieldNode.Name.Value;
            if (type.GetField(fieldName) is null)
            {
                var suggestion = string.Empty;
                if (!context.HideSuggestions)
                {
                    var names = new List<string>(type.Fields.Count);
                    foreach (var field in type.Fields)
                    {
                        names.Add(field.Name);
                    }

                    suggestion = SuggestionList.DidYouMean(SuggestionList.For(fieldName, names));
                }

                var tail = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldName}\"{tail}: {ErrorPrinter.PrintValue(value)}.",
                    fieldNode);
            }
            else
            {
                knownCount++;
                firstKnown ??= fieldNode;
            }
        }

        if (type.IsOneOf && (knownCount != 1 || firstKnown!.Value is NullValueNode))
        {
            context.ReportError(
                $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                value);
        }
    }

    private static void ValidateEnum(ValueNode value, EnumType type, ValidationContext context)
    {
        if (value is EnumValueNode enumValue)
        {
            if (type.GetValue(enumValue.Value) is null)
            {
                context.ReportError(
                    $"Value \"{enumValue.Value}\" does not exist in \"{type.Name}\" enum.{SuggestEnumValues(type, enumValue.Value, context)}",
                    value);
            }

            return;
        }

        var printed = ErrorPrinter.PrintValue(value);
        context.ReportError(
            $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{SuggestEnumValues(type, printed, context)}",
            value);
    }

    private static string SuggestEnumValues(EnumType type, string input, ValidationContext context)
    {
        if (context.HideSuggestions)
        {
            return string.Empty;
        }

        var names = new List<string>(type.Values.Count);
        foreach (var enumValue in type.Values)
        {
            names.Add(enumValue.Name);
        }

        return SuggestionList.DidYouMean("the enum value", SuggestionList.For(input, names));
    }

    private static void ValidateScalar(ValueNode value, ScalarType type, ValidationContext context)
    {
        try
        {
            type.ParseLiteral(value);
        }
        catch (CoercionException coercion)
        {
            context.ReportError(new GraphQLError(coercion.Message, value.Location is { } location ? [location] : null, exception: coercion));
        }
        catch (GraphQLException graphQLException)
        {
            // Reported as the scalar worded it, as graphql-js does with a GraphQLError from coerceInputLiteral.
            foreach (var error in graphQLException.Errors)
            {
                context.ReportError(error.Locations.Count > 0 || value.Location is null
                    ? error
                    : new GraphQLError(error.Message, [value.Location.Value], error.Path, error.Extensions, graphQLException));
            }
        }
        catch (Exception exception) when (exception is not ValidationAbortedException)
        {
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{type.Name}\", but encountered error \"{exception.Message}\"; found: {ErrorPrinter.PrintValue(value)}.",
                value.Location is { } location ? [location] : null,
                exception: exception));
        }
    }

    private static ObjectFieldNode? FindLast(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
