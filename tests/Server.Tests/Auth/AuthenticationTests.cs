using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Schema.Identity.Auth;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Tests.Auth;

public sealed class AuthenticationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Password = "correct horse battery";
    private static readonly Lazy<string> StrongHash = new(() => PasswordHashing.Hash(Password));

    [Fact]
    public async Task Login_returns_tokens_and_the_user_and_me_answers_with_the_token()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var user = await host.CreateUserAsync("login.ok@test.graph", StrongHash.Value, Role.Customer);

        var login = await host.LoginAsync("Login.OK@test.graph", Password);
        Assert.Equal(JsonValueKind.Null, login.GetProperty("errors").ValueKind);
        Assert.Equal("login.ok@test.graph", login.GetProperty("user").GetProperty("email").GetString());
        Assert.True(login.GetProperty("refreshToken").GetString()!.Length >= 43);
        var expiresAt = DateTimeOffset.Parse(login.GetProperty("expiresAt").GetString()!);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));

        var jwt = new JsonWebToken(login.GetProperty("accessToken").GetString());
        Assert.Equal("HS256", jwt.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
        Assert.Equal("CUSTOMER", jwt.GetClaim("role").Value);

        var me = await host.PostAsync("{ me { email } signedInOnly }", token: login.GetProperty("accessToken").GetString());
        Assert.Equal("login.ok@test.graph", me.GetProperty("data").GetProperty("me").GetProperty("email").GetString());
        Assert.Equal("signed in", me.GetProperty("data").GetProperty("signedInOnly").GetString());

        var stored = await host.GetUserAsync(user.Id);
        Assert.NotNull(stored.LastLoginAt);
        Assert.Equal(0, stored.FailedLoginAttempts);

        var anonymous = await host.PostAsync("{ me { email } }");
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_answer_identically()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("known@test.graph", StrongHash.Value);

        var unknown = await host.LoginAsync("nobody@test.graph", Password);
        var wrong = await host.LoginAsync("known@test.graph", "wrong password");
        Assert.Equal(unknown.GetRawText(), wrong.GetRawText());
        var error = Assert.Single(wrong.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_CREDENTIALS", error.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, wrong.GetProperty("accessToken").ValueKind);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_until_the_window_passes()
    {
        var clock = new AdjustableClock();
        var window = TimeSpan.FromMinutes(15);
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString, lockoutWindow: window, services: s => s.AddSingleton<TimeProvider>(clock));
        var user = await host.CreateUserAsync("lockout@test.graph", StrongHash.Value);

        for (var i = 0; i < 4; i++)
            await host.LoginAsync("lockout@test.graph", "wrong");
        Assert.Equal(4, (await host.GetUserAsync(user.Id)).FailedLoginAttempts);
        var fifth = await host.LoginAsync("lockout@test.graph", "wrong");
        Assert.NotNull((await host.GetUserAsync(user.Id)).LockedUntil);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("locked", StringComparison.Ordinal));

        // Locked: even the right password gets the same answer as any failure.
        var locked = await host.LoginAsync("lockout@test.graph", Password);
        Assert.Equal(fifth.GetRawText(), locked.GetRawText());

        // Just before the window ends it is still locked; just after, the right password works again.
        clock.Advance(window - TimeSpan.FromMinutes(1));
        Assert.Equal(fifth.GetRawText(), (await host.LoginAsync("lockout@test.graph", Password)).GetRawText());
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var unlocked = await host.LoginAsync("lockout@test.graph", Password);
        Assert.Equal(JsonValueKind.Null, unlocked.GetProperty("errors").ValueKind);
        var stored = await host.GetUserAsync(user.Id);
        Assert.Equal(0, stored.FailedLoginAttempts);
        Assert.Null(stored.LockedUntil);
    }

    [Fact]
    public async Task A_weak_hash_is_upgraded_on_login()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var weak = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 })).HashPassword(null!, Password);
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, PasswordHashing.Verify(weak, Password));
        var user = await host.CreateUserAsync("weak@test.graph", weak);

        var login = await host.LoginAsync("weak@test.graph", Password);
        Assert.Equal(JsonValueKind.Null, login.GetProperty("errors").ValueKind);
        var stored = await host.GetUserAsync(user.Id);
        Assert.NotEqual(weak, stored.PasswordHash);
        Assert.Equal(PasswordVerificationResult.Success, PasswordHashing.Verify(stored.PasswordHash!, Password));
    }

    [Fact]
    public async Task Refresh_rotates_and_reusing_a_rotated_token_revokes_the_family()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("refresh@test.graph", StrongHash.Value);
        var first = (await host.LoginAsync("refresh@test.graph", Password)).GetProperty("refreshToken").GetString()!;

        var rotated = await host.RefreshAsync(first);
        Assert.Equal(JsonValueKind.Null, rotated.GetProperty("errors").ValueKind);
        var second = rotated.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(first, second);
        Assert.NotNull(rotated.GetProperty("accessToken").GetString());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
            var stored = await db.Set<RefreshToken>().SingleAsync(t => t.TokenHash == AuthService.HashToken(first));
            Assert.NotNull(stored.ReplacedById);
            Assert.Equal(64, stored.TokenHash.Length);
            Assert.False(await db.Set<RefreshToken>().AnyAsync(t => t.TokenHash == first));
        }

        var reused = await host.RefreshAsync(first);
        Assert.Equal("INVALID_REFRESH_TOKEN", reused.GetProperty("errors")[0].GetProperty("code").GetString());
        var afterTheft = await host.RefreshAsync(second);
        Assert.Equal("INVALID_REFRESH_TOKEN", afterTheft.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("INVALID_REFRESH_TOKEN", (await host.RefreshAsync("not-a-token")).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Logout_revokes_the_access_token_and_the_refresh_family()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("logout@test.graph", StrongHash.Value);
        var login = await host.LoginAsync("logout@test.graph", Password);
        var access = login.GetProperty("accessToken").GetString()!;

        var logout = await host.PostAsync("mutation { logout { success errors { code } } }", token: access);
        Assert.True(logout.GetProperty("data").GetProperty("logout").GetProperty("success").GetBoolean());

        await AssertRefusedAsync(host, access);
        Assert.Equal("INVALID_REFRESH_TOKEN", (await host.RefreshAsync(login.GetProperty("refreshToken").GetString()!)).GetProperty("errors")[0].GetProperty("code").GetString());

        await using var scope = host.Services.CreateAsyncScope();
        var jti = new JsonWebToken(access).Id;
        Assert.True(await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext().Set<RevokedToken>().AnyAsync(t => t.Jti == jti));

        var anonymousLogout = await host.PostAsync("mutation { logout { success } }");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymousLogout.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Expired_tampered_unsigned_and_foreign_tokens_are_refused_with_401_not_answered_as_anonymous()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var user = await host.CreateUserAsync("tokens@test.graph", StrongHash.Value, Role.Customer);
        var valid = (await host.LoginAsync("tokens@test.graph", Password)).GetProperty("accessToken").GetString()!;
        var now = DateTime.UtcNow;

        string[] rejected =
        [
            Token(user, "graph", "graph", now.AddMinutes(-20), now.AddMinutes(-5)),
            Token(user, "someone-else", "graph", now, now.AddMinutes(10)),
            Token(user, "graph", "another-api", now, now.AddMinutes(10)),
            Token(user, "graph", "graph", now, now.AddMinutes(10), key: "YW5vdGhlci1rZXktYW5vdGhlci1rZXktYW5vdGhlci1rZXktMzI="),
            Tampered(valid),
            Unsigned(valid),
        ];
        Assert.Equal("signed in", (await host.PostAsync("{ signedInOnly }", token: Token(user, "graph", "graph", now, now.AddMinutes(10)))).GetProperty("data").GetProperty("signedInOnly").GetString());
        foreach (var token in rejected)
            await AssertRefusedAsync(host, token);

        // No token at all stays anonymous.
        var anonymous = await host.PostAsync("{ me { email } }");
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("data").GetProperty("me").ValueKind);
    }

    /// <summary>RFC 6750's answer to a bearer token that fails, with the GraphQL error a client's error link looks for.</summary>
    internal static async Task AssertRefusedAsync(AuthTestHost host, string token)
    {
        using var response = await host.SendAsync("{ me { email } signedInOnly }", token: token);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Authorize_on_fields_over_http()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("customer.role@test.graph", StrongHash.Value, Role.Customer);
        await host.CreateUserAsync("admin.role@test.graph", StrongHash.Value, Role.Admin);

        var anonymous = await host.PostAsync("{ adminOnly }");
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("data").GetProperty("adminOnly").ValueKind);
        var error = anonymous.GetProperty("errors")[0];
        Assert.Equal("The current user is not authorized to access this resource.", error.GetProperty("message").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("adminOnly", error.GetProperty("path")[0].GetString());

        var customer = (await host.LoginAsync("customer.role@test.graph", Password)).GetProperty("accessToken").GetString();
        var refused = await host.PostAsync("{ adminOnly }", token: customer);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var admin = (await host.LoginAsync("admin.role@test.graph", Password)).GetProperty("accessToken").GetString();
        var allowed = await host.PostAsync("{ adminOnly }", token: admin);
        Assert.Equal("admin", allowed.GetProperty("data").GetProperty("adminOnly").GetString());
        Assert.False(allowed.TryGetProperty("errors", out _));

        var sdl = Graph.Engine.Types.SchemaPrinter.Print(host.Services.GetRequiredService<Graph.Engine.Types.GraphSchema>(), new Graph.Engine.Types.SchemaPrinterOptions { IncludeAppliedDirectives = true });
        Assert.Contains("adminOnly: String @authorize(roles: [\"ADMIN\"])", sdl);
        Assert.Contains("directive @authorize(", sdl);
    }

    private static string Token(User user, string issuer, string audience, DateTime notBefore, DateTime expires, string key = AuthTestHost.SigningKey) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", user.Id.ToString()), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The valid token with ADMIN added to its payload and the original signature.</summary>
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        payload["role"] = JsonSerializer.SerializeToElement("ADMIN");
        return parts[0] + "." + Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload)) + "." + parts[2];
    }

    /// <summary>The valid token's payload under <c>alg: none</c> and no signature.</summary>
    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".";
    }
}
