using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Graph.Engine.Data.Paging;

/// <summary>
/// Keyset cursors: the sort key values of an edge's node, as a JSON array in base64 — opaque to clients, and
/// enough to continue after (or before) that node with a WHERE on the keys instead of an OFFSET.
/// </summary>
internal static class CursorSerializer
{
    public static string Serialize(IReadOnlyList<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, value.GetType());
                }
            }

            writer.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    /// <summary>The values of a cursor made for keys of <paramref name="types"/>; false when it is not such a cursor.</summary>
    public static bool TryDeserialize(string cursor, IReadOnlyList<Type> types, out object?[] values)
    {
        values = [];
        try
        {
            var json = Convert.FromBase64String(cursor);
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() != types.Count)
            {
                return false;
            }

            var result = new object?[types.Count];
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var type = types[index];
                if (element.ValueKind == JsonValueKind.Null)
                {
                    if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
                    {
                        return false;
                    }
                }
                else
                {
                    result[index] = element.Deserialize(Nullable.GetUnderlyingType(type) ?? type);
                }

                index++;
            }

            values = result;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    internal static string Text(string cursor) => Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
}
