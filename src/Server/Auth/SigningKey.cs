using System.Security.Cryptography;
using Graph.Schema.Identity.Auth;
using Microsoft.Extensions.Options;

namespace Graph.Server.Auth;

/// <summary>
/// The HS256 key: <c>Identity:SigningKey</c> (base64, at least 256 bits). Without it, Development and the embedded
/// database get a random key generated once and kept in a file (<c>Identity:DevelopmentKeyPath</c>, relative to the
/// current directory like the embedded cluster's <c>.data/postgres</c> and the uploads' <c>.data/uploads</c>: one
/// <c>.data/</c> holds all the local state); anywhere else the server refuses to start.
/// </summary>
public sealed class SigningKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    /// <param name="baseDirectory">What a relative key path is relative to; the current directory when null.</param>
    public static SigningKey Resolve(IdentityAuthOptions options, IHostEnvironment environment, IConfiguration configuration, string? baseDirectory = null)
    {
        if (options.SigningKey is { Length: > 0 } configured)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(configured);
            }
            catch (FormatException)
            {
                throw new OptionsValidationException(IdentityAuthOptions.Section, typeof(IdentityAuthOptions), ["Identity:SigningKey must be base64."]);
            }

            return bytes.Length >= JwtTokenService.MinimumKeyBytes
                ? new SigningKey(bytes)
                : throw new OptionsValidationException(IdentityAuthOptions.Section, typeof(IdentityAuthOptions), ["Identity:SigningKey must be at least 256 bits."]);
        }

        var embedded = string.IsNullOrEmpty(configuration.GetConnectionString("Graph"));
        if (!environment.IsDevelopment() && !embedded)
            throw new OptionsValidationException(IdentityAuthOptions.Section, typeof(IdentityAuthOptions), ["Identity:SigningKey is required outside Development (base64, at least 256 bits)."]);

        var path = KeyPath(options, baseDirectory);
        if (File.Exists(path) && TryRead(path) is { } existing)
            return new SigningKey(existing);

        var generated = RandomNumberGenerator.GetBytes(JwtTokenService.MinimumKeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(generated));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new SigningKey(generated);
    }

    /// <summary>Where a generated key is kept.</summary>
    public static string KeyPath(IdentityAuthOptions options, string? baseDirectory = null) =>
        Path.GetFullPath(options.DevelopmentKeyPath, baseDirectory ?? Directory.GetCurrentDirectory());

    private static byte[]? TryRead(string path)
    {
        try
        {
            var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
            return bytes.Length >= JwtTokenService.MinimumKeyBytes ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
