using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Graph.Persistence.Identity;

/// <summary>Password hashes in ASP.NET Core Identity's format (v3: PBKDF2 with HMAC-SHA512) at
/// 600,000 iterations, OWASP's current advice. Hashing takes a good fraction of a second on purpose:
/// seeders hash once per run and reuse the result.</summary>
public static class PasswordHashing
{
    public const int IterationCount = 600_000;

    private static readonly PasswordHasher<User> Hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = IterationCount,
    }));

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary><see cref="PasswordVerificationResult.SuccessRehashNeeded"/> means the hash was made with
    /// weaker settings: store <see cref="Hash"/> of the password again.</summary>
    public static PasswordVerificationResult Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password);
}
