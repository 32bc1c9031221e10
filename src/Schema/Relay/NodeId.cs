using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Graph.Schema.Relay;

/// <summary>
/// A global object ID in HotChocolate v14's format: base64 of UTF-8 <c>TypeName:key</c>, the key a UUID as 32 hex
/// digits (<c>Guid.ToString("N")</c>), an integer in decimal, or a string as is. Clients treat it as opaque;
/// a HotChocolate server and this one give the same ID for the same object.
/// </summary>
public readonly record struct NodeId(string TypeName, string Key)
{
    public static string Format(string typeName, Guid key) => Encode(typeName, key.ToString("N"));

    public static string Format(string typeName, long key) => Encode(typeName, key.ToString(CultureInfo.InvariantCulture));

    public static string Format(string typeName, string key) => Encode(typeName, key);

    /// <summary>Reads an ID; false when it is not base64 of <c>TypeName:key</c> with a GraphQL type name.</summary>
    public static bool TryParse(string? value, out NodeId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || !TryDecode(value, out var text))
            return false;

        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || !IsName(text.AsSpan(0, colon)))
            return false;

        id = new NodeId(text[..colon], text[(colon + 1)..]);
        return true;
    }

    public bool TryGetGuid(out Guid key) => Guid.TryParseExact(Key, "N", out key) || Guid.TryParseExact(Key, "D", out key);

    public bool TryGetInt64(out long key) => long.TryParse(Key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);

    public override string ToString() => Encode(TypeName, Key);

    private static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key));
    }

    // Standard base64 as written by Format; unpadded and URL-safe spellings are accepted too, since clients and
    // proxies sometimes rewrite them.
    private static bool TryDecode(string value, out string text)
    {
        text = "";
        var normalized = value.Replace('-', '+').Replace('_', '/');
        var padding = normalized.Length % 4;
        if (padding == 1)
            return false;
        if (padding > 0)
            normalized += new string('=', 4 - padding);

        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(normalized.Length)];
        if (!Convert.TryFromBase64String(normalized, bytes, out var written))
            return false;

        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
            return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
                return false;
        }

        return true;
    }
}
