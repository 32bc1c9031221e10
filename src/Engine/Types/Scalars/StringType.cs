using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>The built-in <c>String</c> scalar (§3.5.3), coerced as graphql-js does.</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String") =>
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

    public override object Serialize(object runtimeValue)
    {
        switch (runtimeValue)
        {
            case string:
                return runtimeValue;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
        }

        if (JsNumber.TryGetDouble(runtimeValue, out var number))
        {
            if (!double.IsFinite(number))
            {
                throw new CoercionException($"String cannot represent value: {JsNumber.Format(number)}");
            }

            return JsNumber.ToJsString(runtimeValue);
        }

        throw new CoercionException($"String cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    public override object ParseValue(object inputValue)
    {
        inputValue = JsonValues.Normalize(inputValue)!;
        return inputValue as string
            ?? throw new CoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(inputValue)}");
    }

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s
            ? s.Value
            : throw new CoercionException($"String cannot represent a non string value: {SdlText.Print(literal)}");

    public override ValueNode ValueToLiteral(object runtimeValue) =>
        runtimeValue is string s
            ? new StringValueNode(s)
            : throw new CoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(runtimeValue)}");
}
