using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Engine.Execution;

/// <summary>
/// Writes results as UTF-8 JSON straight from the result tree (no intermediate DOM). Entry order follows
/// graphql-js (<c>errors</c>, then <c>data</c>, then <c>extensions</c>); object keys keep selection order; an
/// error is <c>{message, locations?, path?, extensions?}</c> like graphql-js's <c>GraphQLError.toJSON</c>.
/// </summary>
public static class ExecutionResultWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Responses are not HTML; escaping only what JSON requires keeps non-ASCII text readable like JSON.stringify.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    internal static JsonEncodedText[] EncodeKeys(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(keys[i], WriterOptions.Encoder);
        }

        return encoded;
    }

    public static void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteResult(writer, result);
        writer.Flush();
    }

    public static async Task WriteAsync(ExecutionResult result, Stream output, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(result, buffer);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(result, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in path)
            {
                if (key is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: result maps, lists, serialized leaves, or JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                var encodedKeys = map.EncodedKeys;
                for (var index = 0; index < map.Count; index++)
                {
                    if (encodedKeys is not null)
                    {
                        writer.WritePropertyName(encodedKeys[index]);
                    }
                    else
                    {
                        writer.WritePropertyName(map.KeyAt(index));
                    }

                    WriteValue(writer, map.ValueAt(index));
                }

                writer.WriteEndObject();
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong ul:
                writer.WriteNumberValue(ul);
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                return;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        // JSON.stringify writes non-finite numbers as null.
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
