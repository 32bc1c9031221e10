using System.Security.Claims;
using System.Security.Cryptography;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Schema.Identity.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Auth;

/// <summary>
/// Issues and validates the access tokens: HS256 only (<c>alg: none</c> and every other algorithm refused), issuer and
/// audience checked, 30 s clock skew, a <c>jti</c> per token, roles as <c>role</c> claims (GraphQL enum names).
/// </summary>
public sealed class JwtTokenService : IAccessTokenIssuer
{
    public const int MinimumKeyBytes = 32;

    private readonly IdentityAuthOptions _options;
    private readonly TimeProvider _time;
    private readonly RevokedTokenStore _revocations;
    private readonly AccountStateStore _accounts;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public JwtTokenService(IOptions<IdentityAuthOptions> options, TimeProvider time, RevokedTokenStore revocations, AccountStateStore accounts, SigningKey key)
    {
        _accounts = accounts;
        _options = options.Value;
        _time = time;
        _revocations = revocations;
        var securityKey = new SymmetricSecurityKey(key.Bytes);
        _credentials = new SigningCredentials(securityKey, SecurityAlgorithms.HmacSha256);
        ValidationParameters = new TokenValidationParameters
        {
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            IssuerSigningKey = securityKey,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidIssuer = _options.Issuer,
            ValidateIssuer = true,
            ValidAudience = _options.Audience,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = AuthClaims.Subject,
            RoleClaimType = AuthClaims.Role,
        };
    }

    public TokenValidationParameters ValidationParameters { get; }

    public IssuedAccessToken Issue(User user, Guid familyId)
    {
        var now = _time.GetUtcNow();
        var expires = now + _options.AccessTokenLifetime;
        var jti = Guid.NewGuid().ToString("N");
        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, user.Id.ToString()),
            new(AuthClaims.TokenId, jti),
            new(AuthClaims.Family, familyId.ToString()),
        };
        if (user.Email is { } email)
            claims.Add(new Claim(AuthClaims.Email, email));
        foreach (var role in user.Roles)
            claims.Add(new Claim(AuthClaims.Role, AuthClaims.RoleValue(role)));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
        });
        return new IssuedAccessToken(token, jti, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>The caller a token stands for and when it expires, or null when it is invalid, expired or revoked, or its
    /// account may no longer sign in (see <see cref="CheckAsync"/>).</summary>
    public async Task<(ClaimsPrincipal User, DateTimeOffset ExpiresAt)?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var result = await _handler.ValidateTokenAsync(token, ValidationParameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            return null;
        return await CheckAsync(new ClaimsPrincipal(result.ClaimsIdentity), cancellationToken) is { } user
            ? (user, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero))
            : null;
    }

    /// <summary>
    /// The checks past the signature and lifetime, for HTTP and the realtime transports alike: the token id is not
    /// revoked, and the account still exists, is active and unlocked (<see cref="AccountStateStore"/>). Answers the
    /// caller with the account's current roles, or null with the reason.
    /// </summary>
    public async Task<ClaimsPrincipal?> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.FindFirst(AuthClaims.TokenId)?.Value is not { Length: > 0 } jti || await _revocations.IsRevokedAsync(jti, cancellationToken))
            return null;
        return await _accounts.CurrentAsync(principal, cancellationToken);
    }
}
