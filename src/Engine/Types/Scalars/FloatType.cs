using System.Globalization;
using System.Numerics;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>The built-in <c>Float</c> scalar (§3.5.2): a finite IEEE 754 double, coerced as graphql-js does.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float") =>
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

    public override object Serialize(object runtimeValue)
    {
        switch (runtimeValue)
        {
            case double d:
                return double.IsFinite(d) ? runtimeValue : throw NonNumeric(JsNumber.Format(d));
            case bool b:
                return b ? 1d : 0d;
            case string s:
                return FromString(s);
            case BigInteger or long or ulong:
                return FromBigInteger(runtimeValue);
        }

        if (JsNumber.TryGetDouble(runtimeValue, out var number))
        {
            return FromNumber(number);
        }

        throw NonNumeric(ValueInspector.Inspect(runtimeValue));
    }

    public override object ParseValue(object inputValue)
    {
        inputValue = JsonValues.Normalize(inputValue)!;
        if (inputValue is double d)
        {
            return double.IsFinite(d) ? inputValue : throw NonNumeric(JsNumber.Format(d));
        }

        if (JsNumber.TryGetDouble(inputValue, out var number))
        {
            return FromNumber(number);
        }

        throw NonNumeric(ValueInspector.Inspect(inputValue));
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw NonNumeric(SdlText.Print(literal)),
    };

    public override ValueNode ValueToLiteral(object runtimeValue)
    {
        if (JsNumber.TryGetDouble(runtimeValue, out var number) && double.IsFinite(number))
        {
            var text = JsNumber.ToJsString(runtimeValue);
            return IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        throw NonNumeric(ValueInspector.Inspect(runtimeValue));
    }

    internal static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static object FromNumber(double value) =>
        double.IsFinite(value) ? value : throw NonNumeric(JsNumber.Format(value));

    // graphql-js treats bigint separately: precision loss is an error rather than silent rounding.
    private static object FromBigInteger(object value)
    {
        var big = value switch { BigInteger b => b, long l => new BigInteger(l), _ => new BigInteger((ulong)value) };
        var number = (double)big;
        if (!double.IsFinite(number))
        {
            throw NonNumeric($"{big} (value is too large)");
        }

        if (new BigInteger(number) != big)
        {
            throw NonNumeric($"{big} (value would lose precision)");
        }

        return number;
    }

    private static object FromString(string value)
    {
        if (value.Length == 0)
        {
            throw NonNumeric(ValueInspector.Inspect(value));
        }

        var number = JsNumber.Parse(value);
        return double.IsFinite(number) ? number : throw NonNumeric(ValueInspector.Inspect(value));
    }

    private static CoercionException NonNumeric(string printed) => new($"Float cannot represent non numeric value: {printed}");
}
