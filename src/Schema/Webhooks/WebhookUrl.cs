using System.Net;
using System.Net.Sockets;

namespace Graph.Schema.Webhooks;

/// <summary>Whether a URL may be a webhook's target: absolute http or https, no credentials, and (unless private
/// networks are allowed) a host whose every address is public.</summary>
public static class WebhookUrl
{
    public const int MaxLength = 2048;

    /// <summary>The reason <paramref name="url"/> is refused, or null when it is accepted (as <paramref name="uri"/>).</summary>
    public static async Task<(Uri? Uri, string? Refusal)> CheckAsync(string url, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        if (url.Length > MaxLength)
            return (null, $"The URL is longer than {MaxLength} characters.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return (null, "The URL must be an absolute http or https URL.");
        if (uri.UserInfo.Length > 0)
            return (null, "The URL must not carry credentials; authenticate receivers by the webhook signature.");
        if (allowPrivateNetworks)
            return (uri, null);

        IPAddress[] addresses;
        try
        {
            addresses = await NetworkAddresses.ResolveAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return (null, $"The host \"{uri.Host}\" cannot be resolved.");
        }

        if (addresses.Length == 0)
            return (null, $"The host \"{uri.Host}\" cannot be resolved.");
        return NetworkAddresses.Refusal(uri.Host, addresses) is { } refusal ? (null, refusal) : (uri, null);
    }
}
