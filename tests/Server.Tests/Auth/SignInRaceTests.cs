using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Auth;

/// <summary>Sign-in under concurrency: the account's and the refresh token's rows are locked while they are decided.</summary>
public sealed class SignInRaceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Password = AuthTestHost.Password;

    [Fact]
    public async Task Of_eight_concurrent_refreshes_with_one_token_at_most_one_succeeds_and_the_reuse_revokes_the_family()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("refresh.race@test.graph", AuthTestHost.PasswordHash, Role.Customer);
        var login = await host.LoginAsync("refresh.race@test.graph", Password);
        var token = login.GetProperty("refreshToken").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.RefreshAsync(token)));

        var succeeded = answers.Where(a => a.GetProperty("errors").ValueKind == JsonValueKind.Null).ToList();
        Assert.True(succeeded.Count <= 1, $"{succeeded.Count} refreshes succeeded");
        Assert.All(answers.Except(succeeded), a => Assert.Equal("INVALID_REFRESH_TOKEN", a.GetProperty("errors")[0].GetProperty("code").GetString()));

        // The others were reuse: the family is revoked, the winner's new refresh token with it.
        foreach (var winner in succeeded)
        {
            var next = await host.RefreshAsync(winner.GetProperty("refreshToken").GetString()!);
            Assert.Equal("INVALID_REFRESH_TOKEN", next.GetProperty("errors")[0].GetProperty("code").GetString());
        }

        await using var scope = host.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
        var family = await db.Set<RefreshToken>().Where(t => t.TokenHash == Graph.Schema.Identity.Auth.AuthService.HashToken(token)).Select(t => t.FamilyId).SingleAsync();
        Assert.All(await db.Set<RefreshToken>().Where(t => t.FamilyId == family).ToListAsync(), t => Assert.NotNull(t.RevokedAt));
        Assert.True(await db.Set<RefreshToken>().CountAsync(t => t.FamilyId == family) <= 2);
    }

    [Fact]
    public async Task Twenty_concurrent_wrong_passwords_are_all_counted_and_lock_the_account_exactly_at_the_threshold()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString, maxFailedAttempts: 20);
        var user = await host.CreateUserAsync("count.race@test.graph", AuthTestHost.PasswordHash, Role.Customer);

        await Task.WhenAll(Enumerable.Range(0, 19).Select(_ => host.LoginAsync("count.race@test.graph", "wrong password")));
        var counted = await host.GetUserAsync(user.Id);
        Assert.Equal(19, counted.FailedLoginAttempts);
        Assert.Null(counted.LockedUntil);

        await host.LoginAsync("count.race@test.graph", "wrong password");
        Assert.NotNull((await host.GetUserAsync(user.Id)).LockedUntil);
        var right = await host.LoginAsync("count.race@test.graph", Password);
        Assert.Equal("INVALID_CREDENTIALS", right.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_right_password_among_twenty_concurrent_wrong_ones_is_refused_once_the_account_is_locked()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var user = await host.CreateUserAsync("right.race@test.graph", AuthTestHost.PasswordHash, Role.Customer);

        var wrong = Enumerable.Range(0, 20).Select(_ => host.LoginAsync("right.race@test.graph", "wrong password")).ToList();
        var answers = await Task.WhenAll(wrong.Append(host.LoginAsync("right.race@test.graph", Password)));

        // Five wrong ones lock the account whatever the order (a right one decided before the fifth resets the count,
        // and five more follow it); once locked, the right password is refused.
        Assert.NotNull((await host.GetUserAsync(user.Id)).LockedUntil);
        Assert.Equal(20, answers.Take(20).Count(a => a.GetProperty("errors")[0].GetProperty("code").GetString() == "INVALID_CREDENTIALS"));
        Assert.Equal("INVALID_CREDENTIALS", (await host.LoginAsync("right.race@test.graph", Password)).GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
