using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Graph.Engine.Types;

/// <summary>
/// Renders a runtime value for an error message the way graphql-js's <c>inspect</c> does, so coercion
/// messages read the same as the reference implementation's (strings quoted, objects as <c>{ a: 1 }</c>).
/// </summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(value, 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonString(s);
            case char c:
                return JsonString(c.ToString());
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return FormatJson(element, depth);
            case Enum e:
                return JsonString(e.ToString());
            case Guid or DateTime or DateTimeOffset or DateOnly or TimeOnly or Uri or TimeSpan:
                // graphql-js prints toJSON() results of such objects bare.
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (JsNumber.TryGetDouble(value, out _))
        {
            return JsNumber.ToJsString(value);
        }

        if (value is IDictionary dictionary)
        {
            return FormatEntries(EnumerateDictionary(dictionary), depth);
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return FormatEntries(pairs, depth);
        }

        if (value is IEnumerable enumerable)
        {
            return FormatArray(enumerable, depth);
        }

        if (value is Delegate del)
        {
            return del.Method.Name.Length > 0 ? $"[function {del.Method.Name}]" : "[function]";
        }

        return FormatEntries(EnumerateProperties(value), depth, value.GetType().Name);
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateProperties(object value)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                yield return new KeyValuePair<string, object?>(property.Name, property.GetValue(value));
            }
        }
    }

    private static string FormatEntries(IEnumerable<KeyValuePair<string, object?>> entries, int depth, string tag = "Object")
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[" + tag + "]";
        }

        var builder = new StringBuilder("{ ");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(list[i].Key).Append(": ").Append(Format(list[i].Value, depth + 1));
        }

        return builder.Append(" }").ToString();
    }

    private static string FormatArray(IEnumerable items, int depth)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0)
        {
            return "[]";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = Math.Min(MaxArrayLength, list.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
        {
            parts.Add(Format(list[i], depth + 1));
        }

        var remaining = list.Count - shown;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    private static string FormatJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => JsonString(element.GetString()!),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e), depth),
        _ => FormatEntries(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)), depth),
    };

    /// <summary>JSON.stringify of a string: quotes, backslash escapes, \uXXXX for control characters.</summary>
    internal static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
