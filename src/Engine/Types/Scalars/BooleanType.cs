using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>The built-in <c>Boolean</c> scalar (§3.5.4), coerced as graphql-js does.</summary>
public sealed class BooleanType : ScalarType
{
    internal static readonly object True = true;
    internal static readonly object False = false;

    public BooleanType()
        : base("Boolean") =>
        Description = "The `Boolean` scalar type represents `true` or `false`.";

    public override object Serialize(object runtimeValue)
    {
        if (runtimeValue is bool)
        {
            return runtimeValue;
        }

        if (JsNumber.TryGetDouble(runtimeValue, out var number))
        {
            if (!double.IsFinite(number))
            {
                throw NonBoolean(JsNumber.Format(number));
            }

            return number != 0 ? True : False;
        }

        throw NonBoolean(ValueInspector.Inspect(runtimeValue));
    }

    public override object ParseValue(object inputValue)
    {
        inputValue = JsonValues.Normalize(inputValue)!;
        return inputValue is bool ? inputValue : throw NonBoolean(ValueInspector.Inspect(inputValue));
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is BooleanValueNode b ? (b.Value ? True : False) : throw NonBoolean(SdlText.Print(literal));

    public override ValueNode ValueToLiteral(object runtimeValue) =>
        runtimeValue is bool b ? new BooleanValueNode(b) : throw NonBoolean(ValueInspector.Inspect(runtimeValue));

    private static CoercionException NonBoolean(string printed) => new($"Boolean cannot represent a non boolean value: {printed}");
}
