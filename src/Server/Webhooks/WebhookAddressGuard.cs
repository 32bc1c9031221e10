using System.Net.Sockets;
using Graph.Schema.Webhooks;

namespace Graph.Server.Webhooks;

/// <summary>Thrown when a webhook's host resolves to a loopback or private address and such targets are not allowed.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);

/// <summary>
/// Connects a webhook POST only to the addresses it resolved and checked, at the moment of delivery, so a host whose
/// DNS now points inside the network (rebinding) is refused like a private URL would have been at registration.
/// </summary>
public static class WebhookAddressGuard
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivateNetworks) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = await NetworkAddresses.ResolveAsync(host, cancellationToken);
            if (!allowPrivateNetworks && NetworkAddresses.Refusal(host, addresses) is { } refusal)
                throw new WebhookAddressRefusedException(refusal);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
