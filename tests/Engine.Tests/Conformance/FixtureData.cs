using System.Text.Json;

namespace Graph.Engine.Tests.Conformance;

/// <summary>tests/Conformance/fixture.json as JSON-shaped CLR values, the way resolvers see it.</summary>
internal static class FixtureData
{
    private static readonly Lazy<IReadOnlyDictionary<string, object?>> RootValue = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ConformancePaths.File("fixture.json")));
        return (IReadOnlyDictionary<string, object?>)FromJson(document.RootElement)!;
    });

    public static IReadOnlyDictionary<string, object?> Root => RootValue.Value;

    public static IReadOnlyDictionary<string, object?> Query => (IReadOnlyDictionary<string, object?>)Root["query"]!;

    public static IReadOnlyDictionary<string, object?> Subscription => (IReadOnlyDictionary<string, object?>)Root["subscription"]!;

    /// <summary>A fresh mutation root (its counter is per request).</summary>
    public static Dictionary<string, object?> NewMutationRoot() => new((IReadOnlyDictionary<string, object?>)Root["mutation"]!);

    /// <summary>
    /// Objects become <see cref="Dictionary{TKey,TValue}"/> (in document order), arrays <see cref="List{T}"/>,
    /// integers without fraction or exponent <see cref="long"/>, other numbers <see cref="double"/>.
    /// </summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>();
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>();
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJson(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                return raw.AsSpan().IndexOfAny(".eE") < 0 && element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
