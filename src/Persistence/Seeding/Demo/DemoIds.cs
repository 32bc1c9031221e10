using System.Security.Cryptography;
using System.Text;

namespace Graph.Persistence.Seeding.Demo;

/// <summary>Stable keys for demo rows, so seeding again finds what an earlier run inserted. They are
/// well-formed UUID v7 values (a fixed timestamp, the rest from a hash of the name).</summary>
public static class DemoIds
{
    private static readonly long Epoch = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static Guid For(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("graph-demo/" + name))[..16];
        for (var i = 0; i < 6; i++)
            bytes[i] = (byte)(Epoch >> (8 * (5 - i)));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
