using Graph.Engine.Language;
using Graph.Engine.Validation;
using Graph.Engine.Validation.Rules;

namespace Graph.Server.Execution;

/// <summary>
/// <c>GraphQL:Limits</c>: what an operation may ask before anything runs (CONTRACT.md, "Limits every deployment has").
/// The defaults let every documented query run (a page of 100 bookings with a page of 10 items each costs about
/// 3,300) and refuse what would hurt the server: a public catalogue cycle nested eight levels (a field cost near
/// 10^8), two thousand aliases of one list. Each limit must be positive.
/// </summary>
public sealed class OperationLimits
{
    /// <summary>The most fields nested in one another (introspection left out: it has its own depth rule).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most aliased fields, counted with fragments expanded.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The most root fields one operation selects.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>The most directives applied, counted with fragments expanded.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>The most lexical tokens a document may hold (the introspection query holds about 300).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>The highest field cost (IBM cost specification; HotChocolate's <c>MaxFieldCost</c>).</summary>
    public double MaxFieldCost { get; set; } = 5_000;

    /// <summary>The highest type cost: how many objects the answer may hold (HotChocolate's <c>MaxTypeCost</c>).</summary>
    public double MaxTypeCost { get; set; } = 5_000;

    internal bool IsValid => MaxDepth > 0 && MaxAliases > 0 && MaxRootFields > 0 && MaxDirectives > 0 && MaxTokens > 0
        && MaxFieldCost > 0 && MaxTypeCost > 0;

    internal ValidationRule[] CreateRules() =>
        [new MaxDepthRule(MaxDepth), new MaxAliasesRule(MaxAliases), new MaxRootFieldsRule(MaxRootFields), new MaxDirectivesRule(MaxDirectives)];

    internal ParserOptions CreateParserOptions() => new() { MaxTokens = MaxTokens };
}
