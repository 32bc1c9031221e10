using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Graph.Engine.Language;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation;

/// <summary>
/// Random documents over the harness schema (oracle/fuzz.mjs) must get exactly graphql-js's
/// errors: same messages, same locations, same order.
/// </summary>
public sealed class DifferentialCorpusTests
{
    [Fact]
    public void EveryCorpusDocumentGetsGraphqlJsErrors()
    {
        using var stream = File.OpenRead(CorpusPath());
        using var corpus = JsonDocument.Parse(stream);
        var mismatches = new StringBuilder();
        var mismatchCount = 0;
        var total = 0;
        foreach (var entry in corpus.RootElement.EnumerateArray())
        {
            total++;
            var source = entry.GetProperty("source").GetString()!;
            var options = new ValidationOptions { SuggestFieldNames = !entry.GetProperty("hideSuggestions").GetBoolean() };
            var expected = entry.GetProperty("errors").EnumerateArray().Select(Format).ToArray();
            var actual = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(source), options)
                .Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))
                .ToArray();
            if (expected.SequenceEqual(actual))
            {
                continue;
            }

            if (++mismatchCount <= 3)
            {
                mismatches.AppendLine("Document:").AppendLine(source)
                    .AppendLine("Expected:").AppendLine(string.Join("\n", expected))
                    .AppendLine("Actual:").AppendLine(string.Join("\n", actual)).AppendLine();
            }
        }

        Assert.True(total > 0, "The corpus is empty.");
        Assert.True(mismatchCount == 0, $"{mismatchCount} of {total} documents differ from graphql-js.\n{mismatches}");
    }

    private static string Format(JsonElement error) =>
        error.GetProperty("message").GetString() + " @ "
        + string.Join(", ", error.GetProperty("locations").EnumerateArray().Select(l => $"{l[0].GetInt32()}:{l[1].GetInt32()}"));

    private static string CorpusPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "oracle", "corpus.json");
}
