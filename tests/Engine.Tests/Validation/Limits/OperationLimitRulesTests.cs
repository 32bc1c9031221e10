using Graph.Engine.Language;
using Graph.Engine.Validation;
using Graph.Engine.Validation.Rules;

namespace Graph.Engine.Tests.Validation.Limits;

/// <summary>The operation limits (depth, aliases, root fields, directives), measured with fragments expanded.</summary>
public sealed class OperationLimitRulesTests
{
    private static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string document) =>
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(document), new RuleSet([rule]));

    private static void Refused(ValidationRule rule, string document, string code, long measured, string message)
    {
        var error = Assert.Single(Validate(rule, document));
        Assert.Equal(message, error.Message);
        Assert.Equal(code, error.Extensions!["code"]);
        Assert.Equal(measured, error.Extensions["measured"]);
    }

    [Fact]
    public void Depth_at_the_limit_passes_and_one_more_level_is_refused()
    {
        Assert.Empty(Validate(new MaxDepthRule(3), "{ human { relatives { name } } }"));
        Refused(new MaxDepthRule(3), "query Deep { human { relatives { relatives { name } } } }", MaxDepthRule.ErrorCode, 4,
            "The operation \"Deep\" has 4 levels of nested fields, over the limit of 3.");
    }

    [Fact]
    public void Depth_counts_through_fragments_and_inline_fragments_and_leaves_introspection_to_its_own_rule()
    {
        const string Document = """
            { human { ...Rel } }
            fragment Rel on Human { relatives { ... on Human { relatives { name } } } }
            """;
        Refused(new MaxDepthRule(3), Document, MaxDepthRule.ErrorCode, 4, "The operation has 4 levels of nested fields, over the limit of 3.");
        Assert.Empty(Validate(new MaxDepthRule(2), "{ __schema { types { fields { type { name } } } } __typename }"));
    }

    [Fact]
    public void A_fragment_cycle_does_not_hang_the_measure()
    {
        Assert.Empty(Validate(new MaxDepthRule(5), "{ human { ...A } } fragment A on Human { relatives { ...A } }"));
    }

    [Fact]
    public void Aliases_are_counted_as_executed_so_a_fragment_spread_many_times_counts_each_time()
    {
        Assert.Empty(Validate(new MaxAliasesRule(2), "{ a: human { n: name } human { name } }"));
        Refused(new MaxAliasesRule(2), "{ a: human { ...F } b: human { ...F } } fragment F on Human { n: name }", MaxAliasesRule.ErrorCode, 4,
            "The operation has 4 aliases, over the limit of 2.");
    }

    [Fact]
    public void Two_thousand_aliases_are_refused_quickly_even_through_nested_fragments()
    {
        // 2,000 aliases written out, and 10^6 reached through six levels of fragments that each spread the next ten times.
        var written = "{ " + string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"a{i}: human {{ name }}")) + " }";
        Refused(new MaxAliasesRule(30), written, MaxAliasesRule.ErrorCode, 2000, "The operation has 2000 aliases, over the limit of 30.");

        var fragments = string.Join("\n", Enumerable.Range(0, 6).Select(level =>
            $"fragment F{level} on Human {{ {string.Join(" ", Enumerable.Range(0, 10).Select(i => level == 5 ? $"a{i}: name" : $"...F{level + 1}"))} }}"));
        Refused(new MaxAliasesRule(30), "{ human { ...F0 } }\n" + fragments, MaxAliasesRule.ErrorCode, 1_000_000,
            "The operation has 1000000 aliases, over the limit of 30.");
    }

    [Fact]
    public void Root_fields_count_those_of_the_root_selection_set_only()
    {
        Assert.Empty(Validate(new MaxRootFieldsRule(2), "{ human { name relatives { name } } dog { name } }"));
        Refused(new MaxRootFieldsRule(2), "{ human { name } ...R } fragment R on QueryRoot { dog { name } cat { name } }", MaxRootFieldsRule.ErrorCode, 3,
            "The operation has 3 root fields, over the limit of 2.");
    }

    [Fact]
    public void Directives_count_the_operations_own_and_every_selections()
    {
        Assert.Empty(Validate(new MaxDirectivesRule(2), "{ human @include(if: true) { name @skip(if: false) } }"));
        Refused(new MaxDirectivesRule(2), "query Q @onQuery { human @include(if: true) { ...F @include(if: true) } } fragment F on Human { name @skip(if: false) }",
            MaxDirectivesRule.ErrorCode, 4, "The operation \"Q\" has 4 directives, over the limit of 2.");
    }

    [Fact]
    public void A_limit_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxDepthRule(0));
}
