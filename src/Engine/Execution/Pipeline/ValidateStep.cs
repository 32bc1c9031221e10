using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Execution;

/// <summary>Pipeline step 2: Validation (§5) with the specified rules.</summary>
public static class ValidateStep
{
    public static IReadOnlyList<GraphQLError> Validate(GraphSchema schema, DocumentNode document, ExecutionOptions options) =>
        options.SkipValidation
            ? []
            : DocumentValidator.Validate(schema, document, options.HideSuggestions ? HiddenSuggestions : ValidationOptions.Default);

    private static readonly ValidationOptions HiddenSuggestions = new() { SuggestFieldNames = false };
}
