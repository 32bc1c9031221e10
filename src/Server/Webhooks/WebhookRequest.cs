using System.Buffers;
using System.Text.Json;
using Graph.Persistence.Webhooks;
using Graph.Schema.Relay;
using Graph.Schema.Webhooks;

namespace Graph.Server.Webhooks;

/// <summary>What one attempt of a delivery POSTs: the body and the Standard Webhooks headers.</summary>
public sealed record WebhookRequest(string Id, long Timestamp, byte[] Body, string Signature)
{
    /// <summary>
    /// <c>{"id", "webhookId", "timestamp", "data", "errors"}</c>: the id is the delivery's (the same on every attempt), the
    /// timestamp the event's; the signature covers <c>id.timestamp.body</c> with the attempt's timestamp, under the
    /// current secret and, during a rotation, the previous one.
    /// </summary>
    public static WebhookRequest For(DueDelivery delivery, DateTimeOffset now)
    {
        var id = NodeId.Format("WebhookDelivery", delivery.Id);
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        using (var payload = JsonDocument.Parse(delivery.Payload))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("webhookId", NodeId.Format("Webhook", delivery.WebhookId));
            writer.WriteString("timestamp", delivery.CreatedAt.ToUniversalTime());
            writer.WritePropertyName("data");
            Write(writer, payload.RootElement, "data");
            writer.WritePropertyName("errors");
            Write(writer, payload.RootElement, "errors");
            writer.WriteEndObject();
        }

        var body = output.WrittenSpan.ToArray();
        var timestamp = now.ToUnixTimeSeconds();
        var secrets = delivery.PreviousSecret is { } previous && delivery.PreviousSecretExpiresAt > now
            ? new[] { delivery.Secret, previous }
            : [delivery.Secret];
        return new WebhookRequest(id, timestamp, body, WebhookSecret.Sign(secrets, id, timestamp, body));
    }

    private static void Write(Utf8JsonWriter writer, JsonElement result, string property)
    {
        if (result.TryGetProperty(property, out var value))
            value.WriteTo(writer);
        else
            writer.WriteNullValue();
    }
}
