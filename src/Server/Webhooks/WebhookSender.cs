using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Graph.Server.Telemetry;
using Microsoft.Extensions.Options;

namespace Graph.Server.Webhooks;

/// <summary>What one POST came to: the log entry, and the receiver's <c>Retry-After</c> if it gave one.</summary>
public sealed record WebhookResponse(DeliveryAttemptRecord Attempt, TimeSpan? RetryAfter)
{
    public bool Succeeded => Attempt.StatusCode is >= 200 and < 300;
}

/// <summary>
/// POSTs deliveries: no redirects followed, no proxy, connections only to checked addresses
/// (<see cref="WebhookAddressGuard"/>), <see cref="WebhookOptions.Timeout"/> per attempt.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = WebhookAddressGuard.ConnectCallback(_options.AllowPrivateNetworks),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Graph-Webhooks", "1.0"));
    }

    public async Task<WebhookResponse> SendAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var attemptedAt = _time.GetUtcNow();
        // From the attempt's start (signing included), so its end (attemptedAt + duration), where a retry's wait counts
        // from, is never earlier than the receiver saw the request.
        var clock = Stopwatch.StartNew();
        var request = WebhookRequest.For(delivery, attemptedAt);
        using var message = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Add("webhook-id", request.Id);
        message.Headers.Add("webhook-timestamp", request.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.Add("webhook-signature", request.Signature);

        using var activity = GraphTelemetry.Source.StartActivity("Webhook Delivery", ActivityKind.Client);
        activity?.SetTag("webhook.id", delivery.WebhookId);
        activity?.SetTag("webhook.delivery.id", delivery.Id);
        activity?.SetTag("webhook.delivery.attempt", delivery.AttemptCount + 1);
        activity?.SetTag("url.full", delivery.Url);
        var response = await PostAsync(message, attemptedAt, clock, cancellationToken);
        activity?.SetTag("http.response.status_code", response.Attempt.StatusCode);
        if (!response.Succeeded)
            activity?.SetStatus(ActivityStatusCode.Error, response.Attempt.Error ?? $"HTTP {response.Attempt.StatusCode}");
        return response;
    }

    private async Task<WebhookResponse> PostAsync(HttpRequestMessage message, DateTimeOffset attemptedAt, Stopwatch clock, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var snippet = await ReadSnippetAsync(response, timeout.Token);
            var record = new DeliveryAttemptRecord(attemptedAt, (int)response.StatusCode, Elapsed(clock), snippet, null);
            return new WebhookResponse(record, RetryAfter(response, attemptedAt));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(attemptedAt, clock, $"No response within {_options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception)
        {
            var reason = exception.InnerException is WebhookAddressRefusedException refused ? refused.Message : exception.Message;
            return Failed(attemptedAt, clock, reason);
        }
    }

    public void Dispose() => _client.Dispose();

    private static WebhookResponse Failed(DateTimeOffset attemptedAt, Stopwatch clock, string error) =>
        new(new DeliveryAttemptRecord(attemptedAt, null, Elapsed(clock), null, error), null);

    private static int Elapsed(Stopwatch clock) => (int)Math.Min(int.MaxValue, clock.ElapsedMilliseconds);

    /// <summary>The first <see cref="WebhookDeliveryAttempt.SnippetLength"/> characters of the body (more is not read).</summary>
    private static async Task<string?> ReadSnippetAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookDeliveryAttempt.SnippetLength * 4];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), cancellationToken) is > 0 and var count)
            read += count;
        if (read == 0)
            return null;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > WebhookDeliveryAttempt.SnippetLength ? text[..WebhookDeliveryAttempt.SnippetLength] : text;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
