using System.Security.Claims;
using System.Net.Mail;
using System.Security.Cryptography;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Schema.Identity.Auth;

/// <summary>
/// Sign-in, refresh-token rotation and logout. Every failure of <see cref="LoginAsync"/> answers the same
/// (<see cref="AuthError.InvalidCredentials"/>) after one PBKDF2 verification, so neither the answer nor its timing
/// tells an unknown email from a wrong password or a locked account. It reads accounts as the platform (not as the
/// caller, who is nobody yet), on a context of its own.
/// </summary>
public sealed class AuthService(
    IDbContextFactory<GraphDbContext> contexts,
    IAccessTokenIssuer tokens,
    RevokedTokenStore revocations,
    IOptions<IdentityAuthOptions> options,
    TimeProvider time,
    ILogger<AuthService> logger) : IAsyncDisposable
{
    private GraphDbContext? _db;

    private GraphDbContext Db => _db ??= contexts.CreateDbContext();

    public ValueTask DisposeAsync() => _db?.DisposeAsync() ?? ValueTask.CompletedTask;

    // Verified against when the account does not exist, so that path costs one PBKDF2 run too.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))));

    private IdentityAuthOptions Options => options.Value;

    /// <summary>
    /// Signs in. The password is verified first (the slow part, outside any lock); then the account's row is locked and
    /// read again, so concurrent attempts are decided one after another: failures are counted without losing any, the
    /// attempt that reaches <see cref="IdentityAuthOptions.MaxFailedAttempts"/> locks the account, and a right password
    /// that arrives after that lock is refused like any other.
    /// </summary>
    public async Task<LoginPayload> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var account = normalized.Length == 0
            ? null
            : await Db.Set<User>().AsNoTracking().Where(u => u.Email != null && u.Email.ToLower() == normalized)
                .Select(u => new { u.Id, u.PasswordHash }).FirstOrDefaultAsync(cancellationToken);
        if (account?.PasswordHash is not { } hash)
        {
            PasswordHashing.Verify(DummyHash.Value, password);
            return LoginPayload.Failed(AuthError.InvalidCredentials);
        }

        var verdict = PasswordHashing.Verify(hash, password);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var user = await LockedRows.FindForUpdateAsync<User>(Db, account.Id, cancellationToken);
        var now = time.GetUtcNow();
        if (user is null)
            return LoginPayload.Failed(AuthError.InvalidCredentials);
        if (user.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            logger.LogWarning("Sign-in refused for locked account {UserId} (locked until {LockedUntil:O}).", user.Id, lockedUntil);
            return LoginPayload.Failed(AuthError.InvalidCredentials);
        }

        if (verdict == PasswordVerificationResult.Failed || !user.IsActive || user.PasswordHash != hash)
        {
            RecordFailure(user, now);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return LoginPayload.Failed(AuthError.InvalidCredentials);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = PasswordHashing.Hash(password);
        user.FailedLoginAttempts = 0;
        user.LockedUntil = null;
        user.LastLoginAt = now;
        var payload = await IssueAsync(user, Guid.CreateVersion7(), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return payload;
    }

    /// <summary>
    /// Creates a CUSTOMER account and signs it in, in one transaction with its <c>nodeChanged</c> event. The email is unique
    /// regardless of case by the database's unique index, so two registrations racing for one address make one account.
    /// </summary>
    public async Task<RegisterPayload> RegisterAsync(RegisterInput input, IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var email = input.Email.Trim();
        var errors = new List<IMutationError>();
        if (email.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            errors.Add(new ValidationError("The email address is not valid.", "email"));
        if (PasswordPolicy.Check(input.Password, email) is { } refusal)
            errors.Add(new ValidationError(refusal, "password"));
        if (errors.Count > 0)
            return RegisterPayload.Failed([.. errors]);

        var user = new User
        {
            Email = email,
            PasswordHash = PasswordHashing.Hash(input.Password),
            FirstName = input.FirstName,
            LastName = input.LastName,
            Phone = input.Phone,
            Roles = [Role.Customer],
            UserType = UserType.Web,
        };
        var now = time.GetUtcNow();
        user.LastLoginAt = now;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        Db.Set<User>().Add(user);
        var created = new NodeChange(ChangeOperation.Created, "User", user.Id, ["email", "firstName", "lastName", "phone", "roles", "userType"], now);
        var events = ChangeCommit.Announce(Db, outbox, created.Event);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            Db.ChangeTracker.Clear();
            return RegisterPayload.Failed(new UniqueConstraintError("An account with this email address already exists.", ["email"]));
        }

        var signedIn = await IssueAsync(user, Guid.CreateVersion7(), now, cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        logger.LogInformation("Account {UserId} registered.", user.Id);
        return new RegisterPayload { AccessToken = signedIn.AccessToken, RefreshToken = signedIn.RefreshToken, ExpiresAt = signedIn.ExpiresAt, User = user };
    }

    /// <summary>RFC 5321's limit on a forward path.</summary>
    private const int MaxEmailLength = 254;

    /// <summary>
    /// Rotates a refresh token. A token already rotated or revoked means it leaked: its whole family is revoked. The
    /// token's row is locked while it is rotated, so of concurrent refreshes with one token at most one succeeds and the
    /// others, seeing it rotated, count as reuse.
    /// </summary>
    public async Task<LoginPayload> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var tokenHash = HashToken(refreshToken);
        var id = await Db.Set<RefreshToken>().Where(t => t.TokenHash == tokenHash).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
            return LoginPayload.Failed(AuthError.InvalidRefreshToken);

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await LockedRows.FindForUpdateAsync<RefreshToken>(Db, id.Value, cancellationToken);
        var now = time.GetUtcNow();
        if (stored is null)
            return LoginPayload.Failed(AuthError.InvalidRefreshToken);

        if (stored.RevokedAt is not null || stored.ReplacedById is not null)
        {
            logger.LogWarning("Refresh token reuse for user {UserId}: family {FamilyId} revoked.", stored.UserId, stored.FamilyId);
            await RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return LoginPayload.Failed(AuthError.InvalidRefreshToken);
        }

        var user = await Db.Set<User>().SingleAsync(u => u.Id == stored.UserId, cancellationToken);
        if (stored.ExpiresAt <= now || !user.IsActive || user.LockedUntil > now)
            return LoginPayload.Failed(AuthError.InvalidRefreshToken);

        var payload = await IssueAsync(user, stored.FamilyId, now, cancellationToken, replaced: stored);
        await transaction.CommitAsync(cancellationToken);
        return payload;
    }

    /// <summary>Revokes the caller's access token (its <c>jti</c>, until it expires) and its refresh token family.</summary>
    public async Task<bool> LogoutAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var jti = caller.FindFirstValue(AuthClaims.TokenId);
        if (jti is null)
            return false;
        var userId = Guid.TryParse(caller.FindFirstValue(AuthClaims.Subject), out var id) ? id : (Guid?)null;
        var expiresAt = long.TryParse(caller.FindFirstValue(AuthClaims.Expires), out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : time.GetUtcNow() + Options.AccessTokenLifetime;
        await revocations.RevokeAsync(Db, jti, userId, expiresAt, cancellationToken);
        if (Guid.TryParse(caller.FindFirstValue(AuthClaims.Family), out var familyId))
            await RevokeFamilyAsync(familyId, time.GetUtcNow(), cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>SHA-256 of the token, lower-case hex: what <c>refresh_tokens.token_hash</c> holds.</summary>
    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private void RecordFailure(User user, DateTimeOffset now)
    {
        user.FailedLoginAttempts++;
        if (user.FailedLoginAttempts >= Options.MaxFailedAttempts)
        {
            user.LockedUntil = now + Options.LockoutWindow;
            user.FailedLoginAttempts = 0;
            logger.LogWarning("Account {UserId} locked until {LockedUntil:O} after {Attempts} failed sign-ins.", user.Id, user.LockedUntil, Options.MaxFailedAttempts);
        }
    }

    private async Task<LoginPayload> IssueAsync(User user, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken, RefreshToken? replaced = null)
    {
        var refreshToken = Base64Url(RandomNumberGenerator.GetBytes(32));
        var stored = new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            TokenHash = HashToken(refreshToken),
            FamilyId = familyId,
            ExpiresAt = now + Options.RefreshTokenLifetime,
        };
        Db.Set<RefreshToken>().Add(stored);
        if (replaced is not null)
        {
            replaced.RevokedAt = now;
            replaced.ReplacedById = stored.Id;
        }

        await Db.SaveChangesAsync(cancellationToken);
        var access = tokens.Issue(user, familyId);
        return new LoginPayload { AccessToken = access.Token, RefreshToken = refreshToken, ExpiresAt = access.ExpiresAt, User = user };
    }

    private Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Db.Set<RefreshToken>()
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
