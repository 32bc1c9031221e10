using Graph.Persistence.Identity;
using Graph.Persistence.Model;

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

    /// <summary>A role as the <see cref="Role"/> claim carries it (<c>LAB_TECH</c>), and as <c>@authorize(roles:)</c> names it.</summary>
    public static string RoleValue(Role role) => EnumValues<Role>.ToSql(role);

    /// <summary>The role a <see cref="Role"/> claim names, if it names one.</summary>
    public static Role? ParseRole(string value) =>
        EnumValues<Role>.All.Contains(value) ? EnumValues<Role>.FromSql(value) : null;
}
