using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Engine.Language;

namespace Graph.Engine.Execution;

/// <summary>Renders runtime values and literals inside error messages the way graphql-js does.</summary>
internal static class Inspect
{
    /// <summary>graphql-js's <c>inspect</c> of a runtime value.</summary>
    public static string Value(object? value) => FormatValue(value, 0);

    /// <summary>graphql-js's <c>printForError</c> of a literal.</summary>
    public static string Literal(ValueNode node) => Printer.Print(node);

    private static string FormatValue(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return FormatDouble(d);
            case float f:
                return FormatDouble(f);
            case decimal m:
                return m.ToString(CultureInfo.InvariantCulture);
            case IFormattable formattable when value.GetType().IsPrimitive:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case Enum e:
                return Quote(e.ToString());
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return FormatEntries(pairs, depth);
            case IDictionary dictionary:
                return FormatEntries(EnumerateDictionary(dictionary), depth);
            case IEnumerable items:
                return FormatArray(items, depth);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }

    private static string FormatEntries(IEnumerable<KeyValuePair<string, object?>> pairs, int depth)
    {
        var builder = new StringBuilder();
        var any = false;
        foreach (var (key, item) in pairs)
        {
            if (!any)
            {
                if (depth > 2)
                {
                    return "[Object]";
                }

                builder.Append("{ ");
                any = true;
            }
            else
            {
                builder.Append(", ");
            }

            builder.Append(key).Append(": ").Append(FormatValue(item, depth + 1));
        }

        return any ? builder.Append(" }").ToString() : "{}";
    }

    private static string FormatArray(IEnumerable items, int depth)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (list.Count == 0)
        {
            return "[]";
        }

        if (depth > 2)
        {
            return "[Array]";
        }

        var shown = Math.Min(10, list.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
        {
            parts.Add(FormatValue(list[i], depth + 1));
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

    private static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
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
