using System.Globalization;
using System.Text.Json;

namespace Graph.Engine.Execution;

/// <summary>
/// Converts System.Text.Json input (request variables, extensions) to the JSON-shaped CLR values the engine's
/// input coercion takes: <c>null</c>, <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="double"/>, <c>IReadOnlyList&lt;object?&gt;</c> (a <c>List</c>) and
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (a <c>Dictionary</c>, keys in document order).
/// </summary>
/// <remarks>
/// Numbers: an integer literal that fits becomes <see cref="long"/>; a larger integer becomes
/// <see cref="decimal"/> when it fits there (so <c>Long</c>/<c>Decimal</c> scalars keep every digit), else
/// <see cref="double"/>. A number with a fraction or exponent becomes <see cref="double"/> when the double
/// round-trips to the same decimal value, and <see cref="decimal"/> when a double would lose digits
/// (e.g. <c>12345678901234567.89</c>), so the <c>Decimal</c> scalar sees the exact value; scalars that take
/// floats accept both.
/// </remarks>
public static class JsonValues
{
    public static object? FromJsonElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return FromNumber(element);
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJsonElement(item));
                }

                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // Later duplicates win, as with JSON.parse.
                    map[property.Name] = FromJsonElement(property.Value);
                }

                return map;
            default:
                throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind.");
        }
    }

    /// <summary>The variables object of a request; null and non-objects give null.</summary>
    public static IReadOnlyDictionary<string, object?>? ObjectFromJsonElement(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? (IReadOnlyDictionary<string, object?>)FromJsonElement(element)! : null;

    private static object FromNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        var raw = element.GetRawText();
        var isInteger = raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
        if (isInteger)
        {
            return decimal.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big)
                ? big
                : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(number) &&
            decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) &&
            decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var roundTripped) &&
            exact != roundTripped)
        {
            return exact;
        }

        return number;
    }
}
