using System.Globalization;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>Decimal</c>: a base-10 number carried exactly (<see cref="decimal"/>); int and float literals are accepted.</summary>
public sealed class DecimalType : ExtendedScalarType
{
    public DecimalType()
        : base("Decimal", "The built-in `Decimal` scalar type.")
    {
    }

    public override Type RuntimeType => typeof(decimal);

    public override object Serialize(object runtimeValue) =>
        ToDecimal(runtimeValue) ?? throw CannotSerialize(runtimeValue);

    public override object ParseValue(object inputValue)
    {
        var normalized = JsonValues.Normalize(inputValue);
        return ToDecimal(normalized) ?? throw CannotDeserialize(normalized);
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = literal switch { IntValueNode i => i.Value, FloatValueNode f => f.Value, _ => null };
        return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CannotParseLiteral(literal);
    }

    public override ValueNode ValueToLiteral(object runtimeValue)
    {
        var value = ToDecimal(runtimeValue) ?? throw CannotSerialize(runtimeValue);
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? new FloatValueNode(text) : new IntValueNode(text);
    }

    private static decimal? ToDecimal(object? value)
    {
        try
        {
            return value switch
            {
                decimal m => m,
                double d when double.IsFinite(d) => (decimal)d,
                float f when float.IsFinite(f) => (decimal)f,
                int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
