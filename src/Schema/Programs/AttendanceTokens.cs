using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Schema.Programs;

/// <summary>
/// A student's attendance QR token: <c>att1.{student id and a random nonce}.{HMAC-SHA256 of them}</c>, base64url. The
/// signature refuses forged or altered codes without asking the database; the token is also stored on the student, so
/// issuing a new one or revoking it makes the old code worthless.
/// </summary>
public sealed class AttendanceTokens(byte[] key)
{
    private const string Prefix = "att1.";

    /// <summary>A key for these tokens alone, derived from the server's signing key.</summary>
    public static AttendanceTokens DerivedFrom(byte[] signingKey) =>
        new(HMACSHA256.HashData(signingKey, Encoding.ASCII.GetBytes("graph/attendance-qr/v1")));

    public string Issue(Guid studentId)
    {
        var payload = new byte[32];
        studentId.TryWriteBytes(payload.AsSpan(0, 16), bigEndian: true, out _);
        RandomNumberGenerator.Fill(payload.AsSpan(16));
        return Prefix + Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>The student a token names, when its signature is this server's; null for anything else.</summary>
    public Guid? Read(string? token)
    {
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
            return null;
        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2)
            return null;
        try
        {
            var payload = Base64Url.DecodeFromChars(parts[0]);
            var signature = Base64Url.DecodeFromChars(parts[1]);
            return payload.Length == 32 && CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload))
                ? new Guid(payload.AsSpan(0, 16), bigEndian: true)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
