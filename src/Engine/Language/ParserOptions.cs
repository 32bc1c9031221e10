namespace Graph.Engine.Language;

/// <summary>
/// Bounds and switches for <see cref="Parser"/>. The bounds keep hostile documents from costing
/// unbounded time, memory or stack: exceeding one is a <see cref="SyntaxException"/>.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: depth 200, 100,000 tokens, 1,000,000 characters, with locations.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Most nesting levels, counted over selection sets, list and object values and list types
    /// together. 200 is far beyond real queries (introspection nests under 20) and keeps the
    /// recursive-descent parser well inside any thread's stack.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Most lexical tokens (comments excluded), like graphql-js's maxTokens. Default 100,000.</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Most UTF-16 code units in the source, like graphql-js's maxSourceLength. Default 1,000,000.</summary>
    public int MaxLength { get; init; } = 1_000_000;

    /// <summary>When true, nodes get no <see cref="Location"/> (graphql-js's noLocation).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// When true, a selection set may be empty (<c>{ }</c>), as graphql-js 17 allows by default
    /// (graphql-spec PR #1227). Off by default: the spec's grammar is SelectionSet : { Selection+ }.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; }
}
