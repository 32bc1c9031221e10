using System.Text.Json;

namespace Graph.Server.Execution;

/// <summary>
/// The documents of a client's persisted-operation manifest: Apollo's (<c>generate-persisted-query-manifest</c>:
/// <c>{"format":"apollo-persisted-query-manifest","operations":[{"id","body",…}]}</c>) or Relay's
/// (<c>persistConfig</c>'s file: <c>{"&lt;id&gt;":"&lt;document&gt;",…}</c>).
/// </summary>
public static class OperationManifest
{
    public static IReadOnlyList<(string Id, string Document)> Parse(string json)
    {
        using var manifest = JsonDocument.Parse(json);
        var root = manifest.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException("A manifest is a JSON object.");

        if (root.TryGetProperty("operations", out var operations))
        {
            if (!root.TryGetProperty("format", out var format) || format.GetString() != "apollo-persisted-query-manifest")
                throw new FormatException("A manifest with \"operations\" must be an Apollo persisted query manifest (\"format\": \"apollo-persisted-query-manifest\").");
            return [.. operations.EnumerateArray().Select(operation => (
                Text(operation, "id"),
                Text(operation, "body")))];
        }

        return [.. root.EnumerateObject().Select(entry => entry.Value.ValueKind == JsonValueKind.String
            ? (entry.Name, entry.Value.GetString()!)
            : throw new FormatException($"The Relay manifest's entry \"{entry.Name}\" is not a string."))];
    }

    private static string Text(JsonElement operation, string name) =>
        operation.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"An operation of the manifest has no \"{name}\".");
}
