namespace Graph.Schema.Identity.Auth;

/// <summary>What a new password must be (NIST SP 800-63B's length rules: long enough, long passphrases allowed, no
/// composition rules), checked by <c>register</c> and by <c>createUser</c>/<c>updateUser</c>.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    public const int MaximumLength = 128;

    public const string Description = "At least 8 and at most 128 characters; not only spaces. Stored hashed, never shown.";

    /// <summary>Why <paramref name="password"/> is refused, or null when it is acceptable.</summary>
    public static string? Check(string password, string? email = null)
    {
        if (password.Length < MinimumLength)
            return $"The password must be at least {MinimumLength} characters long.";
        if (password.Length > MaximumLength)
            return $"The password must be at most {MaximumLength} characters long.";
        if (string.IsNullOrWhiteSpace(password))
            return "The password cannot be only spaces.";
        if (email is not null && string.Equals(password, email, StringComparison.OrdinalIgnoreCase))
            return "The password cannot be the email address.";
        return null;
    }
}
