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

    [Fact]
    public async Task Over_http_each_caller_reads_the_rows_their_token_allows()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.Services.GetRequiredService<SeedRunner>().RunAsync(new SeedRequest(SeedMode.Demo));
        var customer = await host.LoginAsync(DemoAccounts.EmailFor(Role.Customer), DemoAccounts.Password);
        var token = customer.GetProperty("accessToken").GetString();
        var customerId = Graph.Schema.Relay.NodeId.Format("User", DemoIds.For("user/" + Role.Customer));

        const string Query = "{ pets { totalCount nodes { owner { id } } } users { totalCount } }";
        var own = (await host.PostAsync(Query, token: token)).GetProperty("data");
        Assert.True(own.GetProperty("pets").GetProperty("totalCount").GetInt32() > 0);
        Assert.All(own.GetProperty("pets").GetProperty("nodes").EnumerateArray(), p => Assert.Equal(customerId, p.GetProperty("owner").GetProperty("id").GetString()));
        Assert.Equal(1, own.GetProperty("users").GetProperty("totalCount").GetInt32());

        var admin = await host.LoginAsync(DemoAccounts.EmailFor(Role.Admin), DemoAccounts.Password);
        var all = (await host.PostAsync(Query, token: admin.GetProperty("accessToken").GetString())).GetProperty("data");
        Assert.True(all.GetProperty("pets").GetProperty("totalCount").GetInt32() > own.GetProperty("pets").GetProperty("totalCount").GetInt32());

        var anonymous = (await host.PostAsync(Query)).GetProperty("data");
        Assert.Equal(0, anonymous.GetProperty("pets").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, anonymous.GetProperty("users").GetProperty("totalCount").GetInt32());
    }

    private static string JwtTokenServiceRole(Role role) => Graph.Schema.Identity.Auth.AuthClaims.RoleValue(role);
}
