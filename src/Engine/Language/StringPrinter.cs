using System.Text;

namespace Graph.Engine.Language;

/// <summary>graphql-js's printString: a quoted string literal (§2.9.4) with the escapes it needs.</summary>
public static class StringPrinter
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Quotes <paramref name="value"/>, escaping " and \ , the C0 controls (\b \t \n \f \r by name, the rest
    /// as \u00XX) and U+007F–U+009F as \u00XX; everything else is kept as is.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = IndexOfEscaped(value);
        if (first < 0)
        {
            return string.Concat("\"", value, "\"");
        }

        var builder = new StringBuilder(value.Length + 8);
        AppendString(builder, value, first);
        return builder.ToString();
    }

    /// <summary>Appends the quoted, escaped form of <paramref name="value"/> to <paramref name="builder"/>.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);
        AppendString(builder, value, IndexOfEscaped(value));
    }

    private static void AppendString(StringBuilder builder, string value, int first)
    {
        builder.Append('"');
        if (first < 0)
        {
            builder.Append(value).Append('"');
            return;
        }

        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    break;
            }
        }

        builder.Append('"');
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);

    private static int IndexOfEscaped(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (NeedsEscape(value[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
