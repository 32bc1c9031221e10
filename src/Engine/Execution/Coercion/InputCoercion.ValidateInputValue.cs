using System.Text.Json;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Reports why a value failed <c>CoerceInputValue</c>, worded like graphql-js's <c>validateInputValue</c>.</summary>
public static partial class InputCoercion
{
    /// <summary>Receives one problem: its message, the path inside the value, and the exception behind it.</summary>
    internal delegate void InputErrorHandler(string message, IReadOnlyList<object> path, Exception? exception);

    internal static void ValidateInputValue(object? inputValue, GraphType type, bool hideSuggestions, InputErrorHandler onError) =>
        ValidateInputValue(inputValue, provided: true, type, hideSuggestions, onError, []);

    /// <summary>Validates a value that was not provided at all (graphql-js's <c>undefined</c>).</summary>
    internal static void ValidateMissingInputValue(GraphType type, InputErrorHandler onError) =>
        ValidateInputValue(null, provided: false, type, hideSuggestions: false, onError, []);

    private static void ValidateInputValue(
        object? inputValue, bool provided, GraphType type, bool hideSuggestions, InputErrorHandler onError, List<object> path)
    {
        if (inputValue is JsonElement element)
        {
            inputValue = JsonValues.FromJsonElement(element);
        }

        if (type is NonNullType nonNull)
        {
            if (!provided)
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", path.ToArray(), null);
                return;
            }

            if (inputValue is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), null);
                return;
            }

            ValidateInputValue(inputValue, provided, nonNull.OfType, hideSuggestions, onError, path);
            return;
        }

        if (inputValue is null)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (!IsList(inputValue, out var items))
                {
                    ValidateInputValue(inputValue, true, list.OfType, hideSuggestions, onError, path);
                    return;
                }

                var index = 0;
                foreach (var item in items)
                {
                    path.Add(index++);
                    ValidateInputValue(item, true, list.OfType, hideSuggestions, onError, path);
                    path.RemoveAt(path.Count - 1);
                }

                return;
            case InputObjectType inputObject:
                ValidateInputObjectValue(inputValue, inputObject, hideSuggestions, onError, path);
                return;
            case EnumType enumType:
                ValidateEnumValue(inputValue, enumType, hideSuggestions, onError, path);
                return;
            case ScalarType scalar:
                try
                {
                    scalar.ParseValue(inputValue);
                }
                catch (CoercionException exception)
                {
                    onError(exception.Message, path.ToArray(), exception);
                }
                catch (GraphQLException exception)
                {
                    onError(exception.Message, path.ToArray(), exception);
                }
                catch (Exception exception)
                {
                    onError(
                        $"Expected value of type \"{type}\", but encountered error \"{exception.Message}\"; found: {Inspect.Value(inputValue)}.",
                        path.ToArray(),
                        exception);
                }

                return;
        }
    }

    private static void ValidateInputObjectValue(
        object inputValue, InputObjectType type, bool hideSuggestions, InputErrorHandler onError, List<object> path)
    {
        if (!IsObject(inputValue, out var fields))
        {
            onError($"Expected value of type \"{type}\" to be an object, found: {Inspect.Value(inputValue)}.", path.ToArray(), null);
            return;
        }

        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    onError(
                        $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspect.Value(inputValue)}.",
                        path.ToArray(),
                        null);
                }

                continue;
            }

            path.Add(field.Name);
            ValidateInputValue(fieldValue, true, field.Type, hideSuggestions, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<string>();
        foreach (var key in fields.Keys)
        {
            if (type.GetField(key) is not null)
            {
                known.Add(key);
                continue;
            }

            var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(key, FieldNames(type)));
            onError(
                $"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Value(inputValue)}.",
                path.ToArray(),
                null);
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (known.Count != 1)
        {
            onError(OneOfMessage(type), path.ToArray(), null);
        }

        if (known.Count > 0 && fields[known[0]] is null)
        {
            path.Add(known[0]);
            onError(OneOfMessage(type), path.ToArray(), null);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static void ValidateEnumValue(object inputValue, EnumType type, bool hideSuggestions, InputErrorHandler onError, List<object> path)
    {
        if (inputValue is not string name)
        {
            var shown = Inspect.Value(inputValue);
            onError(
                $"Enum \"{type.Name}\" cannot represent non-string value: {shown}." + EnumSuggestion(type, shown, hideSuggestions),
                path.ToArray(),
                null);
            return;
        }

        if (type.GetValue(name) is null)
        {
            onError(
                $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + EnumSuggestion(type, name, hideSuggestions),
                path.ToArray(),
                null);
        }
    }

    internal static string EnumSuggestion(EnumType type, string unknown, bool hideSuggestions)
    {
        if (hideSuggestions)
        {
            return string.Empty;
        }

        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean(Suggestions.List(unknown, names), "the enum value");
    }

    private static IEnumerable<string> FieldNames(InputObjectType type)
    {
        foreach (var field in type.Fields)
        {
            yield return field.Name;
        }
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";
}
