using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>UUID</c>: a <see cref="Guid"/>, serialized in the "D" format (HotChocolate's default).</summary>
public sealed class UuidType : ExtendedScalarType
{
    public UuidType()
        : base("UUID", "The `UUID` scalar type represents a universally unique identifier (RFC 4122).")
    {
    }

    public override Type RuntimeType => typeof(Guid);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        Guid value => value.ToString("D"),
        string text when Guid.TryParse(text, out var value) => value.ToString("D"),
        _ => throw CannotSerialize(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.Normalize(inputValue) switch
    {
        string text when Guid.TryParse(text, out var value) => value,
        Guid value => value,
        var other => throw CannotDeserialize(other),
    };

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s && Guid.TryParse(s.Value, out var value) ? value : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode((string)Serialize(runtimeValue));
}
