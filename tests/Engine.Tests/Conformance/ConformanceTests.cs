using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// Every corpus document (tests/Conformance/corpus) through our engine and through graphql-js 17.1.0: same parse
/// verdict, same number of validation errors at the same locations, same execution result. One test per category.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<VerdictComparer>>> Comparisons = new();

    public static TheoryData<string> Categories() => new(Corpus.Categories());

    [Theory]
    [MemberData(nameof(Categories))]
    public async Task Category_matches_graphql_js(string category)
    {
        var comparison = await CompareAsync(category);
        output.WriteLine(comparison.Report(category));
        Assert.True(comparison.Mismatches.Count == 0, comparison.Report(category));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public async Task Category_messages_match_graphql_js(string category)
    {
        var comparison = await CompareAsync(category);
        output.WriteLine(comparison.MessageReport(category));
        Assert.True(comparison.MessageMismatches.Count == 0, comparison.MessageReport(category));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public async Task Category_prints_like_graphql_js(string category)
    {
        var comparison = await CompareAsync(category);
        output.WriteLine(comparison.PrintReport(category));
        Assert.True(comparison.PrintMismatches.Count == 0, comparison.PrintReport(category));
    }

    [Fact]
    public void Corpus_has_at_least_400_documents_and_the_oracle_is_graphql_js_17_1_0()
    {
        var total = Corpus.Categories().Sum(category => Corpus.Load(category).Count);
        Assert.True(total >= 400, $"only {total} corpus documents");
        Assert.Equal("17.1.0", Oracle.Verdicts["graphqlVersion"]!.GetValue<string>());
        foreach (var category in Corpus.Categories())
        {
            Assert.Equal(Corpus.Load(category).Count, Oracle.Category(category).Count);
        }
    }

    [Fact]
    public void Introspection_query_file_is_graphql_js_getIntrospectionQuery_with_every_option()
    {
        var committed = File.ReadAllText(ConformancePaths.File("introspection-query.graphql"));
        Assert.Equal(Oracle.Verdicts["introspectionQuery"]!.GetValue<string>(), committed);
    }

    private static Task<VerdictComparer> CompareAsync(string category) =>
        Comparisons.GetOrAdd(category, name => new Lazy<Task<VerdictComparer>>(() => RunCategoryAsync(name))).Value;

    private static async Task<VerdictComparer> RunCategoryAsync(string category)
    {
        var entries = Corpus.Load(category);
        var theirs = Oracle.Category(category);
        var comparer = new VerdictComparer();
        for (var i = 0; i < entries.Count; i++)
        {
            JsonObject ours;
            try
            {
                // Round-trip through text so both sides hold the same kind of JSON values.
                ours = JsonNode.Parse((await EngineRunner.RunAsync(entries[i])).ToJsonString())!.AsObject();
            }
            catch (Exception exception)
            {
                comparer.Mismatches.Add($"  [{entries[i].Name}] crashed: {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
                continue;
            }

            comparer.Compare(entries[i].Name, theirs[i], ours);
        }

        return comparer;
    }
}
