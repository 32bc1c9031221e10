using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Engine.Tests.Conformance;

/// <summary>One document of tests/Conformance/corpus/&lt;category&gt;.json.</summary>
internal sealed record CorpusEntry(string Name, string Document, JsonObject? Variables, string? OperationName, string? Schema);

internal static class Corpus
{
    public static IReadOnlyList<string> Categories() =>
        Directory.GetFiles(Path.Combine(ConformancePaths.ConformanceDirectory, "corpus"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<CorpusEntry> Load(string category)
    {
        var json = File.ReadAllText(Path.Combine(ConformancePaths.ConformanceDirectory, "corpus", category + ".json"));
        var entries = new List<CorpusEntry>();
        foreach (var node in JsonNode.Parse(json)!.AsArray())
        {
            var entry = node!.AsObject();
            entries.Add(new CorpusEntry(
                entry["name"]!.GetValue<string>(),
                entry["document"]!.GetValue<string>(),
                entry["variables"] as JsonObject,
                entry["operationName"]?.GetValue<string>(),
                entry["schema"]?.GetValue<string>()));
        }

        return entries;
    }

    /// <summary>Variable values as the engine takes them: JSON-shaped CLR values (long/double, lists, dictionaries).</summary>
    public static IReadOnlyDictionary<string, object?>? VariableValues(CorpusEntry entry) =>
        entry.Variables is null ? null : (IReadOnlyDictionary<string, object?>?)FixtureData.FromJson(JsonSerializer.SerializeToElement(entry.Variables));
}
