using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// Shared shape of the non-spec scalars (DateTime, Date, Decimal, Long, UUID, URL, JSON): HotChocolate's
/// names, formats and error wording, so clients written against HotChocolate see the same contract.
/// </summary>
public abstract class ExtendedScalarType : ScalarType
{
    protected ExtendedScalarType(string name, string description, string? specifiedByUrl = null)
        : base(name)
    {
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The CLR type values of this scalar have after input coercion.</summary>
    public abstract Type RuntimeType { get; }

    protected CoercionException CannotParseLiteral(ValueNode literal) =>
        new($"{Name} cannot parse the given literal of type `{literal.GetType().Name}`.");

    protected CoercionException CannotDeserialize(object? value) =>
        new($"{Name} cannot deserialize the given value: {ValueInspector.Inspect(value)}.");

    protected CoercionException CannotSerialize(object? value) =>
        new($"{Name} cannot serialize the given value: {ValueInspector.Inspect(value)}.");
}
