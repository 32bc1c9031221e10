using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>Conversions between JSON documents, JSON-shaped CLR values and value literals.</summary>
internal static class JsonValues
{
    /// <summary>A JSON element as the JSON-shaped CLR value variable coercion works with.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }

                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToClr(property.Value);
                }

                return map;
            default:
                return null;
        }
    }

    /// <summary>Unwraps a JsonElement input to its CLR shape; other values pass through.</summary>
    public static object? Normalize(object? value) => value is JsonElement element ? ToClr(element) : value;

    /// <summary>Writes a JSON-shaped CLR value (or JsonElement) as a JsonElement.</summary>
    public static JsonElement ToElement(object? value)
    {
        if (value is JsonElement element)
        {
            return element;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var pair in map)
                {
                    writer.WritePropertyName(pair.Key);
                    Write(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> readOnlyMap:
                writer.WriteStartObject();
                foreach (var pair in readOnlyMap)
                {
                    writer.WritePropertyName(pair.Key);
                    Write(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    /// <summary>Writes a literal (with variables substituted) as a JsonElement.</summary>
    public static JsonElement LiteralToElement(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        ToElement(ValueLiterals.ValueFromAstUntyped(literal, variables));

    /// <summary>A JSON element as a constant literal.</summary>
    public static ValueNode ToLiteral(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return new StringValueNode(element.GetString()!);
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                return raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0 ? new FloatValueNode(raw) : new IntValueNode(raw);
            case JsonValueKind.True:
                return new BooleanValueNode(true);
            case JsonValueKind.False:
                return new BooleanValueNode(false);
            case JsonValueKind.Array:
                var values = new List<ValueNode>();
                foreach (var item in element.EnumerateArray())
                {
                    values.Add(ToLiteral(item));
                }

                return new ListValueNode(values);
            case JsonValueKind.Object:
                var fields = new List<ObjectFieldNode>();
                foreach (var property in element.EnumerateObject())
                {
                    fields.Add(new ObjectFieldNode(new NameNode(property.Name), ToLiteral(property.Value)));
                }

                return new ObjectValueNode(fields);
            default:
                return new NullValueNode();
        }
    }
}
