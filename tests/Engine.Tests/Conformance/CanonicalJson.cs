using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// The echo fields' answer, byte for byte what conventions.mjs's <c>canonicalJson</c> gives in JavaScript:
/// object keys sorted by UTF-16 code unit, no whitespace, numbers as JavaScript prints them, strings escaped
/// as JSON.stringify escapes them.
/// </summary>
internal static class CanonicalJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case EnumValue enumValue:
                WriteString(builder, enumValue.Name);
                break;
            case Enum clrEnum:
                WriteString(builder, clrEnum.ToString());
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(JavaScriptNumber(number));
                break;
            case float number:
                builder.Append(JavaScriptNumber(number));
                break;
            case decimal number:
                builder.Append(JavaScriptNumber((double)number));
                break;
            case JsonElement element:
                Write(builder, FixtureData.FromJson(element));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(builder, map.Select(pair => new KeyValuePair<string, object?>(pair.Key, pair.Value)));
                break;
            case IDictionary dictionary:
                WriteObject(builder, dictionary.Keys.Cast<object>().Select(key => new KeyValuePair<string, object?>(key.ToString()!, dictionary[key])));
                break;
            case IEnumerable items:
                builder.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    Write(builder, item);
                }

                builder.Append(']');
                break;
            default:
                throw new InvalidOperationException($"Cannot write a {value.GetType()} as canonical JSON.");
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> members)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, member) in members.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            WriteString(builder, key);
            builder.Append(':');
            Write(builder, member);
        }

        builder.Append('}');
    }

    /// <summary>JSON.stringify's string escaping: quote, backslash, control characters and lone surrogates.</summary>
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c))
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

        builder.Append('"');
    }

    /// <summary>Number.prototype.toString for a finite double (ECMA-262 Number::toString).</summary>
    public static string JavaScriptNumber(double number)
    {
        if (number == 0)
        {
            return "0";
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return "null";
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        if (negative)
        {
            shortest = shortest[1..];
        }

        // Split "R" output into significant digits and the position of the decimal point (n in the spec).
        var exponent = 0;
        var exponentIndex = shortest.IndexOfAny(['E', 'e']);
        if (exponentIndex >= 0)
        {
            exponent = int.Parse(shortest[(exponentIndex + 1)..], CultureInfo.InvariantCulture);
            shortest = shortest[..exponentIndex];
        }

        var pointIndex = shortest.IndexOf('.');
        var digits = pointIndex < 0 ? shortest : shortest.Remove(pointIndex, 1);
        var n = (pointIndex < 0 ? shortest.Length : pointIndex) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;

        var result = new StringBuilder(negative ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            result.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            result.Append(digits[0]);
            if (k > 1)
            {
                result.Append('.').Append(digits, 1, k - 1);
            }

            result.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }
}
