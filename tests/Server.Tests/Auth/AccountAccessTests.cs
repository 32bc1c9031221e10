using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Auth;

/// <summary>
/// Access that ends, ends: an access token is checked against its account's state (active, locked, present, roles), so a
/// change made in the database reaches tokens already issued within <c>Identity:AccountStateCacheDuration</c> (2 s).
/// </summary>
public sealed class AccountAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Password = AuthTestHost.Password;

    /// <summary>How long a change may take to reach a token: the cache duration, with room for a loaded machine.</summary>
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Endings => ["deactivated", "locked", "deleted"];

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task A_deactivated_locked_or_deleted_accounts_tokens_stop_working_within_seconds(string ending)
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var email = $"{ending}@access.test";
        var user = await host.CreateUserAsync(email, AuthTestHost.PasswordHash, Role.Analyst);
        var token = (await host.LoginAsync(email, Password)).GetProperty("accessToken").GetString()!;
        Assert.Equal("signed in", (await host.PostAsync("{ signedInOnly }", token: token)).GetProperty("data").GetProperty("signedInOnly").GetString());

        var changed = Stopwatch.StartNew();
        if (ending == "deleted")
        {
            await using var scope = host.Services.CreateAsyncScope();
            await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
            await db.Set<RefreshToken>().Where(t => t.UserId == user.Id).ExecuteDeleteAsync();
            await db.Set<User>().Where(u => u.Id == user.Id).ExecuteDeleteAsync();
        }
        else
        {
            await host.UpdateUserAsync(user.Id, u =>
            {
                if (ending == "deactivated")
                    u.IsActive = false;
                else
                    u.LockedUntil = DateTimeOffset.UtcNow.AddMinutes(15);
            });
        }

        await WaitUntilAsync(async () => (await host.SendAsync("{ signedInOnly }", token: token)).StatusCode == HttpStatusCode.Unauthorized);
        Assert.True(changed.Elapsed < Within, $"took {changed.Elapsed}");
        await AuthenticationTests.AssertRefusedAsync(host, token);
    }

    [Fact]
    public async Task A_demoted_admin_loses_the_admin_reach_within_seconds_and_keeps_the_new_roles()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var user = await host.CreateUserAsync("demoted@access.test", AuthTestHost.PasswordHash, Role.Admin);
        var token = (await host.LoginAsync("demoted@access.test", Password)).GetProperty("accessToken").GetString()!;
        Assert.Equal("admin", (await host.PostAsync("{ adminOnly }", token: token)).GetProperty("data").GetProperty("adminOnly").GetString());

        var changed = Stopwatch.StartNew();
        await host.UpdateUserAsync(user.Id, u => u.Roles = [Role.Customer]);
        await WaitUntilAsync(async () => (await host.PostAsync("{ adminOnly }", token: token)).GetProperty("data").GetProperty("adminOnly").ValueKind == JsonValueKind.Null);
        Assert.True(changed.Elapsed < Within, $"took {changed.Elapsed}");

        var demoted = await host.PostAsync("{ adminOnly signedInOnly }", token: token);
        Assert.Equal("AUTH_NOT_AUTHORIZED", demoted.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("signed in", demoted.GetProperty("data").GetProperty("signedInOnly").GetString());

        // Promoted back: the token reaches what the account may reach today.
        await host.UpdateUserAsync(user.Id, u => u.Roles = [Role.Admin]);
        await WaitUntilAsync(async () => (await host.PostAsync("{ adminOnly }", token: token)).GetProperty("data").GetProperty("adminOnly").ValueKind == JsonValueKind.String);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Within, "The change did not reach the token in time.");
            await Task.Yield();
        }
    }
}
