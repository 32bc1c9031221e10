using System.Globalization;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>Long</c>: a signed 64-bit integer (HotChocolate's <c>Long</c>).</summary>
public sealed class LongType : ExtendedScalarType
{
    public LongType()
        : base(
            "Long",
            "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    public override Type RuntimeType => typeof(long);

    public override object Serialize(object runtimeValue) => ToLong(runtimeValue) ?? throw CannotSerialize(runtimeValue);

    public override object ParseValue(object inputValue)
    {
        var normalized = JsonValues.Normalize(inputValue);
        return ToLong(normalized) ?? throw CannotDeserialize(normalized);
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) =>
        new IntValueNode(((long)Serialize(runtimeValue)).ToString(CultureInfo.InvariantCulture));

    private static long? ToLong(object? value)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte or sbyte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong ul:
                return ul <= long.MaxValue ? (long)ul : null;
            case double d when JsNumber.IsInteger(d) && d >= long.MinValue && d < 9.2233720368547758E18:
                return (long)d;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                return (long)m;
            default:
                return null;
        }
    }
}
