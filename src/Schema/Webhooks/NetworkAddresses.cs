using System.Net;
using System.Net.Sockets;

namespace Graph.Schema.Webhooks;

/// <summary>Which IP addresses are on the public internet, as far as a webhook target may be (RFC 6890's special-purpose registries).</summary>
public static class NetworkAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] NonPublic =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local (cloud metadata services live here)
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64
        (IPAddress.Parse("100::"), 64),         // discard
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    /// <summary>The addresses <paramref name="host"/> names: itself when it is a literal, else what DNS answers.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    /// <summary>Why a webhook may not target <paramref name="host"/> at <paramref name="addresses"/> (one is not public), or null.</summary>
    public static string? Refusal(string host, IEnumerable<IPAddress> addresses) =>
        addresses.FirstOrDefault(a => !IsPublic(a)) is { } blocked
            ? $"{host} resolves to {blocked}, a loopback or private network address; such targets are refused."
            : null;

    /// <summary>Whether <paramref name="address"/> is publicly routable (IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4 address).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && InNetwork(address, IPAddress.Parse("64:ff9b::"), 96))
            address = new IPAddress(address.GetAddressBytes()[12..]);
        foreach (var (network, prefix) in NonPublic)
        {
            if (InNetwork(address, network, prefix))
                return false;
        }

        return true;
    }

    private static bool InNetwork(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
            return false;
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        for (var i = 0; i < whole; i++)
        {
            if (a[i] != n[i])
                return false;
        }

        var rest = prefix % 8;
        if (rest == 0)
            return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
