using System.Security.Cryptography;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// An uploaded file (a prescription, a report document) lies under the server's upload directory by a random name and
/// is downloaded at <see cref="Url"/>; who may download it is the row rule of the row that names it.
/// </summary>
public static class StoredFile
{
    public const string PathPrefix = "/files/";

    /// <summary>128 random bits in hex: unguessable, and safe as a file name on every platform.</summary>
    public static string NewName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Url(string storedName) => PathPrefix + storedName;

    /// <summary>Whether <paramref name="name"/> is a name <see cref="NewName"/> makes (so never a path).</summary>
    public static bool IsName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
}
