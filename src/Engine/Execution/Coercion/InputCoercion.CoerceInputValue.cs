using System.Collections;
using System.Text.Json;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// Input coercion (§3.5–§3.10 "Input Coercion", graphql-js's <c>coerceInputValue</c> / <c>coerceInputLiteral</c>).
/// The core methods never throw for invalid input: they return <see cref="Invalid"/> (graphql-js's
/// <c>undefined</c>) and callers run the matching validation pass to explain what was wrong. That keeps the
/// happy path free of exceptions and of message building.
/// </summary>
public static partial class InputCoercion
{
    /// <summary>The result of coercing an invalid value.</summary>
    internal static readonly object Invalid = new();

    /// <summary>
    /// CoerceInputValue: a JSON-shaped CLR value (string, bool, long, double, decimal, lists, string-keyed
    /// dictionaries, or a <see cref="JsonElement"/>) to the runtime value of <paramref name="type"/>.
    /// Throws <see cref="GraphQLException"/> with graphql-js's messages when the value is invalid.
    /// </summary>
    public static object? CoerceInputValue(object? inputValue, GraphType type)
    {
        var coerced = CoerceInputValueCore(inputValue, type);
        if (!ReferenceEquals(coerced, Invalid))
        {
            return coerced;
        }

        var errors = new List<GraphQLError>();
        ValidateInputValue(inputValue, type, hideSuggestions: false, (message, path, exception) =>
            errors.Add(new GraphQLError(path.Count == 0 ? message : $"Invalid value{PrintPath(path)}: {message}", exception: exception)));
        if (errors.Count == 0)
        {
            errors.Add(new GraphQLError($"Expected value of type \"{type}\", found: {Inspect.Value(inputValue)}."));
        }

        throw new GraphQLException(errors);
    }

    internal static object? CoerceInputValueCore(object? inputValue, GraphType type)
    {
        if (inputValue is JsonElement element)
        {
            inputValue = JsonValues.FromJsonElement(element);
        }

        if (type is NonNullType nonNull)
        {
            return inputValue is null ? Invalid : CoerceInputValueCore(inputValue, nonNull.OfType);
        }

        if (inputValue is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (!IsList(inputValue, out var items))
                {
                    var single = CoerceInputValueCore(inputValue, list.OfType);
                    return ReferenceEquals(single, Invalid) ? Invalid : new List<object?>(1) { single };
                }

                var coercedList = new List<object?>(items is ICollection c ? c.Count : 4);
                foreach (var item in items)
                {
                    var coercedItem = CoerceInputValueCore(item, list.OfType);
                    if (ReferenceEquals(coercedItem, Invalid))
                    {
                        return Invalid;
                    }

                    coercedList.Add(coercedItem);
                }

                return coercedList;
            case InputObjectType inputObject:
                return CoerceInputObjectValue(inputValue, inputObject);
            case EnumType enumType:
                return inputValue is string name && enumType.GetValue(name) is { } enumValue ? enumValue.Value : Invalid;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(inputValue);
                }
                catch (Exception)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? CoerceInputObjectValue(object inputValue, InputObjectType type)
    {
        if (!IsObject(inputValue, out var fields))
        {
            return Invalid;
        }

        foreach (var key in fields.Keys)
        {
            if (type.GetField(key) is null)
            {
                return Invalid;
            }
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
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

            var coercedField = CoerceInputValueCore(fieldValue, field.Type);
            if (ReferenceEquals(coercedField, Invalid))
            {
                return Invalid;
            }

            coerced[field.Name] = coercedField;
        }

        if (type.IsOneOf && (fields.Count != 1 || coerced.Count != 1 || FirstValue(coerced) is null))
        {
            return Invalid;
        }

        return InputObjectFactory.Create(type, coerced);
    }

    private static object? FirstValue(Dictionary<string, object?> values)
    {
        foreach (var value in values.Values)
        {
            return value;
        }

        return null;
    }

    /// <summary>Lists are any enumerable but strings and string-keyed maps (graphql-js's isIterableObject).</summary>
    internal static bool IsList(object value, out IEnumerable items)
    {
        if (value is IEnumerable enumerable and not string and not IDictionary and not IEnumerable<KeyValuePair<string, object?>>)
        {
            items = enumerable;
            return true;
        }

        items = Array.Empty<object?>();
        return false;
    }

    internal static bool IsObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            case IDictionary legacy:
                var copy = new Dictionary<string, object?>(legacy.Count, StringComparer.Ordinal);
                foreach (DictionaryEntry entry in legacy)
                {
                    if (entry.Key is not string key)
                    {
                        fields = copy;
                        return false;
                    }

                    copy[key] = entry.Value;
                }

                fields = copy;
                return true;
            default:
                fields = EmptyFields;
                return false;
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyFields = new Dictionary<string, object?>();

    /// <summary>graphql-js's printPathArray: " at .a[0].b", or empty for the root.</summary>
    internal static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }
}
