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

    // Each fragment spreads the next `spreads` fragments (cyclically), so the spread graph is dense.
    private static DocumentNode DenseFragmentGraph(int fragments, int spreads)
    {
        var builder = new System.Text.StringBuilder("query Q($v: Boolean) { dog { ...F0 } }\n");
        for (var i = 0; i < fragments; i++)
        {
            builder.Append($"fragment F{i} on Dog {{ name @include(if: $v)");
            for (var j = 0; j < spreads; j++)
            {
                builder.Append($" ...F{(i + j + 1) % fragments}");
            }

            builder.Append(" }\n");
        }

        return Parser.Parse(builder.ToString(), new ParserOptions { MaxTokens = int.MaxValue });
    }

    [Fact]
    public void StopsAtMaxErrorsLikeGraphqlJs()
    {
        // graphql-js 17.1.0 reports 100 errors, then the abort error, for this document.
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, DenseFragmentGraph(120, 120));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Variable \"$v\" of type \"Boolean\" used in position expecting type \"Boolean!\".", errors[0].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void AbortsWhenTheFragmentGraphIsTooLarge()
    {
        // graphql-js 17.1.0 spends its fragment-work budget on this document before reporting anything.
        var error = Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema, DenseFragmentGraph(250, 250)));
        Assert.Equal("Validation aborted.", error.Message);
    }

    [Fact]
    public void CyclesThroughManyFragmentsAreReportedOnce()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, DenseFragmentGraph(30, 5));
        Assert.Equal(45, errors.Count);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", errors[^1].Message);
        Assert.Equal(26, errors[^1].Locations.Count);
    }
}
