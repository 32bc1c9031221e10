using Graph.Persistence.Identity;

namespace Graph.Schema.Identity.Auth;

/// <summary>Makes signed access tokens (the host's JWT service).</summary>
public interface IAccessTokenIssuer
{
    /// <param name="familyId">The refresh token family the session belongs to (claim <c>fid</c>), revoked on logout.</param>
    IssuedAccessToken Issue(User user, Guid familyId);
}

public sealed record IssuedAccessToken(string Token, string Jti, DateTimeOffset ExpiresAt);

/// <summary>Claim names of the access tokens.</summary>
public static class AuthClaims
{
    public const string Subject = "sub";
    public const string TokenId = "jti";
    public const string Role = "role";
    public const string Email = "email";
    public const string Family = "fid";
    public const string Expires = "exp";
}
