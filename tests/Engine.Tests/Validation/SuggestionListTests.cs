using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation;

// Expected values are graphql-js 17's suggestionList / didYouMean outputs for the same inputs.
public sealed class SuggestionListTests
{
    [Theory]
    [InlineData("greenish", new[] { "green", "greenish2", "GREENISH", "greenishy", "reenish", "Greenish", "blue" }, new[] { "GREENISH", "Greenish", "greenish2", "greenishy", "reenish", "green" })]
    [InlineData("a", new[] { "a", "b", "A", "ab", "ba" }, new[] { "a", "A", "ab", "b", "ba" })]
    [InlineData("item10", new[] { "item2", "item1", "item10x", "item100", "item9" }, new[] { "item1", "item10x", "item100", "item2", "item9" })]
    [InlineData("abc", new string[0], new string[0])]
    [InlineData("abcd", new[] { "bacd", "abdc", "acbd", "dcba" }, new[] { "abdc", "acbd", "bacd" })]
    public void SuggestionListOrdersByDistanceThenNaturally(string input, string[] options, string[] expected) =>
        Assert.Equal(expected, SuggestionList.For(input, options));

    [Fact]
    public void DidYouMeanQuotesAtMostFive()
    {
        Assert.Equal(string.Empty, SuggestionList.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\"?", SuggestionList.DidYouMean(["a"]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", SuggestionList.DidYouMean(["a", "b"]));
        Assert.Equal(" Did you mean the enum value \"a\", \"b\", or \"c\"?", SuggestionList.DidYouMean("the enum value", ["a", "b", "c"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", SuggestionList.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }

    [Theory]
    [InlineData("a2", "a10", -1)]
    [InlineData("a10", "a2", 1)]
    [InlineData("abc", "abd", -1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "abc", -1)]
    public void NaturalCompareComparesDigitRunsNumerically(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(SuggestionList.NaturalCompare(a, b)));
}
