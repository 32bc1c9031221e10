using Graph.Persistence.Identity;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Tests.Auth;

public sealed class DemoAccountTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_demo_account_signs_in_and_me_returns_it()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.Services.GetRequiredService<SeedRunner>().RunAsync(new SeedRequest(SeedMode.Demo));

        foreach (var role in Enum.GetValues<Role>())
        {
            var email = DemoAccounts.EmailFor(role);
            var login = await host.LoginAsync(email, DemoAccounts.Password);
            Assert.True(login.GetProperty("errors").ValueKind == System.Text.Json.JsonValueKind.Null, email + ": " + login);
            var me = await host.PostAsync("{ me { email roles } }", token: login.GetProperty("accessToken").GetString());
            var user = me.GetProperty("data").GetProperty("me");
            Assert.Equal(email, user.GetProperty("email").GetString());
            Assert.Contains(JwtTokenServiceRole(role), user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }
    }

    private static string JwtTokenServiceRole(Role role) => Graph.Schema.Identity.Auth.AuthClaims.RoleValue(role);
}
