using Graph.Engine.Language;
using Graph.Engine.Validation.Rules;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// Validation (§5): checks an executable document against a schema with every rule in one walk
/// and returns the errors in document order (empty when the document is valid).
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The rules of §5 in graphql-js 17's <c>specifiedRules</c> order, including its
    /// incremental-delivery rules and its recommended MaxIntrospectionDepthRule.
    /// </summary>
    public static RuleSet SpecifiedRules { get; } = new(
    [
        new ExecutableDefinitionsRule(),
        new KnownOperationTypesRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new DeferStreamDirectiveOnRootFieldRule(),
        new DeferStreamDirectiveOnValidOperationsRule(),
        new DeferStreamDirectiveLabelRule(),
        new StreamDirectiveOnListFieldRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ]);

    /// <summary>Validate(schema, document) (§5) with the specified rules.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphSchema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, SpecifiedRules, options);

    /// <summary>Validates with a custom rule set (build it once and reuse it).</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphSchema schema,
        DocumentNode document,
        RuleSet rules,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);

        using var activity = Execution.EngineActivities.Start("GraphQL Validate");
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default, errors);
        try
        {
            new RuleDispatcher(context, rules).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }

        Execution.EngineActivities.Failed(activity, errors.Count);
        return errors;
    }
}
