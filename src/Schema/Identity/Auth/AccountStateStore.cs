using System.Collections.Concurrent;
using System.Security.Claims;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Identity.Auth;

/// <summary>What an access token's subject may do now: whether the account still exists, is active and unlocked, and
/// the roles it holds today (a token's role claims are what it held at sign-in).</summary>
public sealed record AccountState(bool IsActive, DateTimeOffset? LockedUntil, IReadOnlyList<Role> Roles)
{
    public bool MaySignIn(DateTimeOffset now) => IsActive && !(LockedUntil > now);
}

/// <summary>
/// The security stamp an access token is checked against on every authenticated request and connection: the subject's
/// <see cref="AccountState"/>, read as the platform and cached for <see cref="IdentityAuthOptions.AccountStateCacheDuration"/>,
/// so a deactivated, locked or deleted account stops working and a demoted one loses its old roles within that time
/// on every server. A lookup by primary key per user per cache period is the price.
/// </summary>
public sealed class AccountStateStore(IDbContextFactory<GraphDbContext> contexts, IOptions<IdentityAuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (AccountState? State, DateTimeOffset CheckedAt)> _states = new();

    /// <summary>The account's state, or null when it no longer exists.</summary>
    public async ValueTask<AccountState?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_states.TryGetValue(userId, out var cached) && now - cached.CheckedAt < options.Value.AccountStateCacheDuration)
            return cached.State;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Set<User>().Where(u => u.Id == userId)
            .Select(u => new AccountState(u.IsActive, u.LockedUntil, u.Roles))
            .FirstOrDefaultAsync(cancellationToken);
        if (_states.Count > 100_000)
            _states.Clear();
        _states[userId] = (state, now);
        return state;
    }

    /// <summary>
    /// The caller as the account stands now: null when the subject is gone, inactive or locked; else the principal
    /// with its role claims replaced by the account's current roles.
    /// </summary>
    public async ValueTask<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(AuthClaims.Subject), out var userId)
            || await GetAsync(userId, cancellationToken) is not { } state
            || !state.MaySignIn(time.GetUtcNow()))
        {
            return null;
        }

        var granted = principal.FindAll(AuthClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        var current = state.Roles.Select(AuthClaims.RoleValue).Order(StringComparer.Ordinal).ToList();
        if (granted.SequenceEqual(current))
            return principal;

        var identity = (ClaimsIdentity)principal.Identity!;
        var updated = new ClaimsIdentity(
            identity.Claims.Where(c => c.Type != AuthClaims.Role).Concat(current.Select(role => new Claim(AuthClaims.Role, role))),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        return new ClaimsPrincipal(updated);
    }
}
