using System.Net;
using System.Net.Sockets;
using System.Text;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Graph.Server.Webhooks;
using Microsoft.Extensions.Options;

namespace Graph.Server.Tests.Webhooks;

/// <summary>The POST itself against a raw loopback socket: the address check at delivery time, the timeout, the response log.</summary>
public sealed class WebhookSenderTests
{
    [Fact]
    public async Task A_private_address_is_refused_at_delivery_even_if_registration_let_it_through()
    {
        using var listener = Listen();
        using var sender = Sender(new WebhookOptions { AllowPrivateNetworks = false });
        var accepted = listener.AcceptTcpClientAsync();

        foreach (var host in new[] { "127.0.0.1", "localhost" })
        {
            var response = await sender.SendAsync(Delivery($"http://{host}:{Port(listener)}/hook"), CancellationToken.None);
            Assert.Null(response.Attempt.StatusCode);
            Assert.Contains("loopback or private network address", response.Attempt.Error);
        }

        // Connections are accepted in the order they arrive: if the sender had connected, ours would not be the first.
        using var ours = new System.Net.Sockets.TcpClient();
        await ours.ConnectAsync(IPAddress.Loopback, Port(listener));
        using var first = await accepted.WaitAsync(TimeSpan.FromSeconds(10));
        var (mine, theirs) = ((IPEndPoint)ours.Client.LocalEndPoint!, (IPEndPoint)first.Client.RemoteEndPoint!);
        Assert.True(mine.Port == theirs.Port && mine.Address.MapToIPv4().Equals(theirs.Address.MapToIPv4()), $"the sender connected to a refused address ({theirs})");
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_logged_as_a_timeout()
    {
        using var listener = Listen();
        using var sender = Sender(new WebhookOptions { AllowPrivateNetworks = true, Timeout = TimeSpan.FromMilliseconds(300) });
        // Accepts, never answers; the accepted socket is held until the end (dropped, a collection could close it and
        // the sender would see a reset instead of silence).
        var accepted = listener.AcceptTcpClientAsync();

        var response = await sender.SendAsync(Delivery($"http://127.0.0.1:{Port(listener)}/hook"), CancellationToken.None);
        using var client = await accepted;
        Assert.Null(response.Attempt.StatusCode);
        Assert.Equal("No response within 0.3 s.", response.Attempt.Error);
        Assert.InRange(response.Attempt.DurationMs, 290, 10_000);
    }

    [Fact]
    public async Task The_log_keeps_the_status_a_bounded_snippet_and_Retry_After()
    {
        using var listener = Listen();
        using var sender = Sender(new WebhookOptions { AllowPrivateNetworks = true });
        var body = new string('x', 5000);
        var served = ServeOnceAsync(listener, $"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}");

        var response = await sender.SendAsync(Delivery($"http://127.0.0.1:{Port(listener)}/hook"), CancellationToken.None);
        var request = await served;
        Assert.Equal(429, response.Attempt.StatusCode);
        Assert.Equal(WebhookDeliveryAttempt.SnippetLength, response.Attempt.ResponseSnippet!.Length);
        Assert.Equal(TimeSpan.FromSeconds(120), response.RetryAfter);
        Assert.StartsWith("POST /hook HTTP/1.1", request);
        Assert.Contains("webhook-id: ", request);
        Assert.Contains("webhook-timestamp: ", request);
        Assert.Contains("webhook-signature: v1,", request);
        Assert.Contains("Content-Type: application/json", request);
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    private static async Task<string> ServeOnceAsync(TcpListener listener, string response)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[64 * 1024];
        var read = 0;
        var text = "";
        while (!text.Contains("\r\n\r\n", StringComparison.Ordinal) || !text.EndsWith('}'))
        {
            read += await stream.ReadAsync(buffer.AsMemory(read));
            text = Encoding.UTF8.GetString(buffer, 0, read);
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
        return text;
    }

    private static WebhookSender Sender(WebhookOptions options) => new(Options.Create(options), TimeProvider.System);

    private static DueDelivery Delivery(string url) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), """{"data":{"a":1}}""", 0, DateTimeOffset.UtcNow, url, WebhookSecret.Generate(), null, null);
}
