using Graph.Engine.Types;
using Graph.Persistence.Identity;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Identity.Auth;

public sealed record LoginInput(string Email, string Password);

public sealed record RefreshTokenInput(string RefreshToken);

public sealed record RegisterInput(
    string Email,
    [property: GraphQLDescription(PasswordPolicy.Description)] string Password,
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null);

/// <summary>A sign-in failure, HotChocolate mutation-convention style: a message and a stable code.</summary>
[GraphQLDescription("Why a sign-in, token refresh or logout failed.")]
public sealed record AuthError(string Message, string Code)
{
    public const string InvalidCredentialsCode = "INVALID_CREDENTIALS";
    public const string InvalidRefreshTokenCode = "INVALID_REFRESH_TOKEN";

    /// <summary>The one answer for an unknown email, a wrong password, a locked or an inactive account.</summary>
    public static AuthError InvalidCredentials { get; } = new("The email or password is incorrect.", InvalidCredentialsCode);

    public static AuthError InvalidRefreshToken { get; } = new("The refresh token is invalid or expired.", InvalidRefreshTokenCode);
}

/// <summary>What <c>login</c> and <c>refreshToken</c> answer: tokens and the user, or errors.</summary>
public sealed class LoginPayload
{
    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    [GraphQLDescription("When the access token expires.")]
    public DateTimeOffset? ExpiresAt { get; init; }

    public User? User { get; init; }

    public IReadOnlyList<AuthError>? Errors { get; init; }

    internal static LoginPayload Failed(AuthError error) => new() { Errors = [error] };
}

/// <summary>What <c>register</c> answers: as <c>login</c> does, the new account signed in; or why it was refused.</summary>
public sealed class RegisterPayload
{
    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    [GraphQLDescription("When the access token expires.")]
    public DateTimeOffset? ExpiresAt { get; init; }

    public User? User { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static RegisterPayload Failed(params IMutationError[] errors) => new() { Errors = errors };
}

public sealed class RefreshTokenPayload
{
    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public User? User { get; init; }

    public IReadOnlyList<AuthError>? Errors { get; init; }
}

public sealed class LogoutPayload
{
    public bool Success { get; init; }

    public IReadOnlyList<AuthError>? Errors { get; init; }
}
