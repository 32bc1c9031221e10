using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// A scalar declared in SDL. When an implementation is bound (a known extended scalar, or one passed in
/// <see cref="SchemaBuildOptions.Scalars"/>) coercion is delegated to it; otherwise values pass through
/// unchanged and literals become plain values, as graphql-js does for scalars without functions.
/// </summary>
public sealed class SdlScalarType : ScalarType
{
    internal SdlScalarType(string name, ScalarType? implementation)
        : base(name) => Implementation = implementation;

    /// <summary>The scalar coercion is delegated to; null for pass-through.</summary>
    public ScalarType? Implementation { get; }

    public override object Serialize(object runtimeValue) =>
        Implementation is null ? runtimeValue : Implementation.Serialize(runtimeValue);

    public override object ParseValue(object inputValue) =>
        Implementation is null ? inputValue : Implementation.ParseValue(inputValue);

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        Implementation is null
            ? ValueLiterals.ValueFromAstUntyped(literal, variables)!
            : Implementation.ParseLiteral(literal, variables);

    public override ValueNode ValueToLiteral(object runtimeValue) =>
        Implementation is null ? ValueLiterals.DefaultScalarValueToLiteral(runtimeValue) : Implementation.ValueToLiteral(runtimeValue);
}
