using System.Collections.Concurrent;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Identity.Auth;

/// <summary>
/// Which access token ids are revoked (<c>revoked_tokens</c>), asked on every authenticated request. Verdicts are cached
/// briefly; a logout on this server marks its id at once, other servers see it within the cache duration.
/// </summary>
public sealed class RevokedTokenStore(IDbContextFactory<GraphDbContext> contexts, IOptions<IdentityAuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (bool Revoked, DateTimeOffset CheckedAt)> _verdicts = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_verdicts.TryGetValue(jti, out var cached) && (cached.Revoked || now - cached.CheckedAt < options.Value.RevocationCacheDuration))
            return cached.Revoked;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revoked = await db.Set<RevokedToken>().AnyAsync(t => t.Jti == jti, cancellationToken);
        if (_verdicts.Count > 100_000)
            _verdicts.Clear();
        _verdicts[jti] = (revoked, now);
        return revoked;
    }

    /// <summary>Stores the revocation (idempotent) and marks it in the cache.</summary>
    public async Task RevokeAsync(GraphDbContext db, string jti, Guid? userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (!await db.Set<RevokedToken>().AnyAsync(t => t.Jti == jti, cancellationToken))
            db.Set<RevokedToken>().Add(new RevokedToken { Id = Guid.CreateVersion7(), Jti = jti, UserId = userId, ExpiresAt = expiresAt });
        _verdicts[jti] = (true, time.GetUtcNow());
    }
}
