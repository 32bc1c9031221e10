using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Engine.Types;

/// <summary>
/// JavaScript number semantics the built-in scalars rely on to match graphql-js: which CLR values count
/// as numbers, <c>String(number)</c> formatting and <c>Number(string)</c> parsing.
/// </summary>
internal static class JsNumber
{
    public static bool IsIntegral(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong or BigInteger;

    /// <summary>Whether <paramref name="value"/> is a CLR number, and its value as a double.</summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case BigInteger bi: number = (double)bi; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>String(value) for a CLR number, as JavaScript prints it.</summary>
    public static string ToJsString(object value) => value switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong or BigInteger =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
        float f => Format(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        decimal m => FormatDecimal(m),
        _ => Format(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Number::toString (ECMA-262 §6.1.6.1.20): shortest round-trip digits, exponent outside [1e-7, 1e21).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        return FromDigits(value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string FormatDecimal(decimal value)
    {
        // A decimal prints like the JavaScript number closest to it, without the trailing zeros of its scale.
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }

    private static string FromDigits(string roundTrip)
    {
        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponent = 0;
        var ePos = body.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exponent = int.Parse(body[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..ePos];
        }

        var dot = body.IndexOf('.');
        var intPart = dot >= 0 ? body[..dot] : body;
        var fracPart = dot >= 0 ? body[(dot + 1)..] : string.Empty;
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        // value = 0.digits × 10^n
        var n = intPart.Length - leadingZeros + exponent;
        var k = digits.Length;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Number(string) (ECMA-262 StringToNumber): trims white space, empty is 0, accepts 0x/0o/0b and Infinity.</summary>
    public static double Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0')
        {
            var radix = char.ToLowerInvariant(trimmed[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                double result = 0;
                foreach (var c in trimmed.AsSpan(2))
                {
                    var digit = HexDigit(c);
                    if (digit < 0 || digit >= radix)
                    {
                        return double.NaN;
                    }

                    result = result * radix + digit;
                }

                return result;
            }
        }

        switch (trimmed)
        {
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}
