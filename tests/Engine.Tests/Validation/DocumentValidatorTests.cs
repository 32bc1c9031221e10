using Graph.Engine.Language;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void SpecifiedRulesFollowGraphqlJsOrder()
    {
        var names = DocumentValidator.SpecifiedRules.Rules.Select(r => r.GetType().Name).ToArray();
        Assert.Equal(
            [
                "ExecutableDefinitionsRule", "KnownOperationTypesRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
                "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule",
                "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule",
                "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule",
                "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule",
                "DeferStreamDirectiveOnRootFieldRule", "DeferStreamDirectiveOnValidOperationsRule",
                "DeferStreamDirectiveLabelRule", "StreamDirectiveOnListFieldRule",
                "KnownArgumentNamesRule", "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule",
                "VariablesInAllowedPositionRule", "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
                "MaxIntrospectionDepthRule",
            ],
            names);
    }

    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var document = Parser.Parse("query Q($id: ID) { human(id: $id) { name pets { name } } }");
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, document));
    }

    [Fact]
    public void RuleSetIsSharedSafelyAcrossThreads()
    {
        var document = Parser.Parse("""
            query Q($unused: Int) { dog { nam ...F } ...Missing }
            fragment F on Dog { name: nickname name }
            """);
        var expected = DocumentValidator.Validate(ValidationHarness.Schema, document).Select(e => e.Message).ToArray();
        Assert.Equal(4, expected.Length);

        var results = new string[32][];
        Parallel.For(0, results.Length, i =>
            results[i] = DocumentValidator.Validate(ValidationHarness.Schema, document).Select(e => e.Message).ToArray());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void ErrorsHaveNoCodeOrPath()
    {
        var error = Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ unknown }")));
        Assert.Null(error.Path);
        Assert.Null(error.Extensions);
    }

    [Fact]
    public void DeeplyRepeatedFragmentsStayFast()
    {
        // Each level spreads the next one twice: a naive comparison would be exponential.
        var builder = new System.Text.StringBuilder("{ dog { ...F0 } }\n");
        const int depth = 40;
        for (var i = 0; i < depth; i++)
        {
            builder.Append($"fragment F{i} on Dog {{ name mother {{ ...F{i + 1} ...F{i + 1} }} }}\n");
        }

        builder.Append($"fragment F{depth} on Dog {{ name }}\n");
        var document = Parser.Parse(builder.ToString());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.Schema, document));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
