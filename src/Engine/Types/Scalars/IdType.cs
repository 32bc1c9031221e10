using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// The built-in <c>ID</c> scalar (§3.5.5): serialized as a string; accepts strings and integers as input,
/// as graphql-js does. A <see cref="Guid"/> serializes in its "D" format, which HotChocolate schemas rely on.
/// </summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID") =>
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        string => runtimeValue,
        Guid g => g.ToString("D"),
        _ => FromNumber(runtimeValue) ?? throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(runtimeValue)}"),
    };

    public override object ParseValue(object inputValue)
    {
        inputValue = JsonValues.Normalize(inputValue)!;
        return inputValue is string
            ? inputValue
            : FromNumber(inputValue) ?? throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(inputValue)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {SdlText.Print(literal)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue)
    {
        if (runtimeValue is string s)
        {
            return FloatType.IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
        }

        if (runtimeValue is Guid g)
        {
            return new StringValueNode(g.ToString("D"));
        }

        var number = FromNumber(runtimeValue) ?? throw new CoercionException($"ID cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
        return new IntValueNode(number);
    }

    private static string? FromNumber(object value)
    {
        if (JsNumber.IsIntegral(value))
        {
            return JsNumber.ToJsString(value);
        }

        if (JsNumber.TryGetDouble(value, out var number))
        {
            return JsNumber.IsInteger(number)
                ? JsNumber.Format(number)
                : throw new CoercionException($"ID cannot represent value: {JsNumber.Format(number)}");
        }

        return null;
    }
}
