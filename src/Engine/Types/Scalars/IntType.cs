using System.Globalization;
using System.Numerics;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>The built-in <c>Int</c> scalar (§3.5.1): a signed 32-bit integer, coerced as graphql-js does.</summary>
public sealed class IntType : ScalarType
{
    private static readonly object[] SmallInts = CreateSmallInts();

    public IntType()
        : base("Int") =>
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

    public override object Serialize(object runtimeValue)
    {
        switch (runtimeValue)
        {
            case int:
                return runtimeValue;
            case bool b:
                return Box(b ? 1 : 0);
            case string s:
                return FromString(s);
        }

        if (JsNumber.IsIntegral(runtimeValue))
        {
            return FromIntegral(runtimeValue);
        }

        if (JsNumber.TryGetDouble(runtimeValue, out var number))
        {
            return FromNumber(number);
        }

        throw NonInteger(ValueInspector.Inspect(runtimeValue));
    }

    public override object ParseValue(object inputValue)
    {
        inputValue = JsonValues.Normalize(inputValue)!;
        if (inputValue is int)
        {
            return inputValue;
        }

        if (JsNumber.IsIntegral(inputValue))
        {
            return FromIntegral(inputValue);
        }

        if (JsNumber.TryGetDouble(inputValue, out var number))
        {
            return FromNumber(number);
        }

        throw NonInteger(ValueInspector.Inspect(inputValue));
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is not IntValueNode intValue)
        {
            throw NonInteger(SdlText.Print(literal));
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return Box(parsed);
    }

    public override ValueNode ValueToLiteral(object runtimeValue)
    {
        if (JsNumber.TryGetDouble(runtimeValue, out var number) && JsNumber.IsInteger(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            return new IntValueNode(((long)number).ToString(CultureInfo.InvariantCulture));
        }

        throw new CoercionException($"Int cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    internal static object Box(int value) =>
        value is >= -128 and < 1024 ? SmallInts[value + 128] : value;

    private static object[] CreateSmallInts()
    {
        var boxes = new object[1024 + 128];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i - 128;
        }

        return boxes;
    }

    private static object FromIntegral(object value)
    {
        var big = value is BigInteger b ? b : new BigInteger(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        if (big > int.MaxValue || big < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsNumber.ToJsString(value)}");
        }

        return Box((int)big);
    }

    private static object FromNumber(double value)
    {
        if (!JsNumber.IsInteger(value))
        {
            throw NonInteger(JsNumber.Format(value));
        }

        if (value > int.MaxValue || value < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(value)}");
        }

        return Box((int)value);
    }

    private static object FromString(string value)
    {
        if (value.Length == 0)
        {
            throw NonInteger(ValueInspector.Inspect(value));
        }

        var number = JsNumber.Parse(value);
        if (!JsNumber.IsInteger(number))
        {
            throw NonInteger(ValueInspector.Inspect(value));
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return Box((int)number);
    }

    private static CoercionException NonInteger(string printed) => new($"Int cannot represent non-integer value: {printed}");
}
