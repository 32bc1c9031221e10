using System.Runtime.CompilerServices;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// Parse and validate through the operation cache: a query text seen before (same SHA-256) reuses its
/// document, its validation verdict, and the field plans cached on its operations.
/// </summary>
public static class DocumentStep
{
    private static readonly ConditionalWeakTable<GraphSchema, OperationCache> DefaultCaches = new();

    /// <summary>The cached document, or null with the syntax errors when the text does not parse.</summary>
    public static CachedDocument? GetDocument(GraphSchema schema, string query, ExecutionOptions options, out IReadOnlyList<GraphQLError> syntaxErrors)
    {
        var cache = options.OperationCache ?? DefaultCaches.GetValue(schema, static _ => new OperationCache());
        var key = OperationCache.ComputeHash(query);
        if (options.HideSuggestions || options.SkipValidation)
        {
            // Validation messages differ by these options, so their verdicts are cached apart.
            key += (options.HideSuggestions ? ":h" : string.Empty) + (options.SkipValidation ? ":s" : string.Empty);
        }

        if (cache.TryGet(key, out var cached))
        {
            syntaxErrors = [];
            return cached;
        }

        var document = ParseStep.Parse(query, out syntaxErrors);
        if (document is null)
        {
            return null;
        }

        var validationErrors = ValidateStep.Validate(schema, document, options);
        return cache.GetOrAdd(key, hash => new CachedDocument(hash, document, validationErrors));
    }
}
