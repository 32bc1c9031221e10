using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Persistence.Webhooks;
using Graph.Schema.Relay;
using Graph.Schema.Webhooks;
using Graph.Server.Webhooks;

namespace Graph.Server.Tests.Webhooks;

public sealed class WebhookRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_body_is_id_webhookId_timestamp_data_errors_and_the_signature_covers_id_timestamp_body()
    {
        var delivery = Delivery("""{"data":{"a":1},"errors":[{"message":"m"}]}""", previous: null, expires: null);
        var request = WebhookRequest.For(delivery, Now);

        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(["id", "webhookId", "timestamp", "data", "errors"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(NodeId.Format("WebhookDelivery", delivery.Id), request.Id);
        Assert.Equal(request.Id, body.GetProperty("id").GetString());
        Assert.Equal(NodeId.Format("Webhook", delivery.WebhookId), body.GetProperty("webhookId").GetString());
        Assert.Equal(delivery.CreatedAt, body.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal(1, body.GetProperty("data").GetProperty("a").GetInt32());
        Assert.Equal("m", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), request.Timestamp);
        Assert.Equal(["v1," + Hmac(delivery.Secret, request)], request.Signature.Split(' '));

        var noErrors = JsonDocument.Parse(WebhookRequest.For(Delivery("""{"data":{"a":1}}""", null, null), Now).Body).RootElement;
        Assert.Equal(JsonValueKind.Null, noErrors.GetProperty("errors").ValueKind);
    }

    [Fact]
    public void The_previous_secret_signs_too_until_it_expires()
    {
        var previous = WebhookSecret.Generate();
        var during = Delivery("{}", previous, Now.AddMinutes(1));
        var request = WebhookRequest.For(during, Now);
        Assert.Equal(["v1," + Hmac(during.Secret, request), "v1," + Hmac(previous, request)], request.Signature.Split(' '));

        var after = WebhookRequest.For(during, Now.AddMinutes(2));
        Assert.Single(after.Signature.Split(' '));
    }

    private static DueDelivery Delivery(string payload, string? previous, DateTimeOffset? expires) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), payload, 0, Now.AddSeconds(-3), "https://93.184.216.34/", WebhookSecret.Generate(), previous, expires);

    private static string Hmac(string secret, WebhookRequest request) =>
        Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(secret["whsec_".Length..]),
            (byte[])[.. Encoding.UTF8.GetBytes($"{request.Id}.{request.Timestamp}."), .. request.Body]));
}
