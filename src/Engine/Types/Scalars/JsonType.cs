using System.Text.Json;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// <c>JSON</c>: any JSON value, a <see cref="JsonElement"/> at runtime. Literals of every kind (objects and
/// lists included, with variables inside) are accepted.
/// </summary>
public sealed class JsonType : ExtendedScalarType
{
    public JsonType()
        : base("JSON", "The `JSON` scalar type represents any JSON value: an object, a list, a string, a number, a boolean or null.")
    {
    }

    public override Type RuntimeType => typeof(JsonElement);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        JsonElement or string or bool or int or long or double or decimal => runtimeValue,
        JsonDocument document => document.RootElement.Clone(),
        _ => JsonValues.ToElement(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.ToElement(inputValue);

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        JsonValues.LiteralToElement(literal, variables);

    public override ValueNode ValueToLiteral(object runtimeValue) => JsonValues.ToLiteral(JsonValues.ToElement(runtimeValue));
}
