using System.Text.Json;

namespace Graph.Engine.Data;

/// <summary>In-memory stand-ins for PostgreSQL's jsonb operators (<c>@&gt;</c>, <c>?</c>), for LINQ to objects.</summary>
public static class JsonFunctions
{
    /// <summary><c>json @&gt; contained</c>: objects contain the keys and contained values of the other; arrays contain
    /// each element of the other somewhere; a top-level array contains a scalar it holds; scalars are equal.</summary>
    public static bool Contains(JsonElement? json, JsonElement contained) => json is { } value && Contains(value, contained, topLevel: true);

    /// <summary><c>json ? key</c>: an object with the key (or an array holding the string).</summary>
    public static bool HasKey(JsonElement? json, string? key) => key is not null && json is { } value && value.ValueKind switch
    {
        JsonValueKind.Object => value.TryGetProperty(key, out _),
        JsonValueKind.Array => value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == key),
        _ => false,
    };

    private static bool Contains(JsonElement json, JsonElement contained, bool topLevel) => (json.ValueKind, contained.ValueKind) switch
    {
        (JsonValueKind.Object, JsonValueKind.Object) => contained.EnumerateObject().All(p => json.TryGetProperty(p.Name, out var v) && Contains(v, p.Value, false)),
        (JsonValueKind.Array, JsonValueKind.Array) => contained.EnumerateArray().All(c => json.EnumerateArray().Any(e => Contains(e, c, false))),
        (JsonValueKind.Array, _) when topLevel => json.EnumerateArray().Any(e => Contains(e, contained, false)),
        _ => JsonElement.DeepEquals(json, contained),
    };
}
