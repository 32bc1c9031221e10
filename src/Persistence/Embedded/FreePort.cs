using System.Net;
using System.Net.Sockets;

namespace Graph.Persistence.Embedded;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now. Someone may take it before we bind it,
    /// so callers retry on failure.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
