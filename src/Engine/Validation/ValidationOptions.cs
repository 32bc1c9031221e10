namespace Graph.Engine.Validation;

/// <summary>Options for <see cref="DocumentValidator.Validate"/> (graphql-js's ValidationOptions).</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The number of errors after which validation stops and reports
    /// "Too many validation errors, error limit reached. Validation aborted."; a pathologically
    /// invalid document must not make the server spend unbounded work.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Whether errors may carry "Did you mean …?" suggestions. Turn it off when introspection is
    /// disabled: suggestions would otherwise leak the schema's field, type, argument and enum value
    /// names (graphql-js's <c>hideSuggestions</c>, inverted).
    /// </summary>
    public bool SuggestFieldNames { get; init; } = true;
}
