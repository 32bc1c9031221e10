using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// A scalar type (§3.5). The engine handles null before calling any of these methods. Each throws
/// <see cref="CoercionException"/> with a graphql-js-worded message when a value cannot be coerced.
/// </summary>
public abstract class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>, §3.5.5).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>
    /// Result coercion: a resolver's value to what the response carries: string, bool, int, long,
    /// double, decimal, or a <see cref="System.Text.Json.JsonElement"/> for structured values.
    /// </summary>
    public abstract object Serialize(object runtimeValue);

    /// <summary>
    /// Input coercion of a variable value. Variable values arrive as JSON-shaped CLR values:
    /// string, bool, long, double, decimal, <c>IReadOnlyList&lt;object?&gt;</c> and
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
    /// </summary>
    public abstract object ParseValue(object inputValue);

    /// <summary>Input coercion of a literal (non-null, not a variable at the top level).</summary>
    public abstract object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>A runtime value as a literal, for printing default values (graphql-js's astFromValue).</summary>
    public abstract ValueNode ValueToLiteral(object runtimeValue);
}
