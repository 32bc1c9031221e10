using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Auth;

/// <summary><c>register</c> over HTTP (anonymous, a CUSTOMER signed in as <c>login</c> answers) and staff accounts made by an ADMIN with <c>createUser</c>.</summary>
public sealed class RegistrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Register = """
        mutation($input: RegisterInput!) {
          register(input: $input) {
            accessToken refreshToken expiresAt user { email firstName roles }
            errors { __typename message ... on ValidationError { field } ... on UniqueConstraintError { fields } }
          }
        }
        """;

    [Fact]
    public async Task An_anonymous_caller_registers_a_customer_who_is_signed_in_and_can_log_in_again()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var registered = (await host.PostAsync(Register, new { input = new { email = "new.customer@test.graph", password = "a long passphrase", firstName = "Nia", lastName = "Okafor", phone = "+15550300001" } }))
            .GetProperty("data").GetProperty("register");
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("errors").ValueKind);
        Assert.Equal(["CUSTOMER"], registered.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var me = await host.PostAsync("{ me { email firstName } }", token: registered.GetProperty("accessToken").GetString());
        Assert.Equal("Nia", me.GetProperty("data").GetProperty("me").GetProperty("firstName").GetString());
        var login = await host.LoginAsync("NEW.customer@test.graph", "a long passphrase");
        Assert.Equal(JsonValueKind.Null, login.GetProperty("errors").ValueKind);
        var refreshed = await host.RefreshAsync(registered.GetProperty("refreshToken").GetString()!);
        Assert.Equal(JsonValueKind.Null, refreshed.GetProperty("errors").ValueKind);
    }

    [Theory]
    [InlineData("not-an-email", "a long passphrase", "email")]
    [InlineData("short@test.graph", "short", "password")]
    [InlineData("same@test.graph", "same@test.graph", "password")]
    [InlineData("spaces@test.graph", "          ", "password")]
    public async Task A_refused_registration_names_the_field_and_creates_nothing(string email, string password, string field)
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var refused = (await host.PostAsync(Register, new { input = new { email, password } })).GetProperty("data").GetProperty("register");
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("accessToken").ValueKind);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.ConnectionString, $"SELECT count(*) FROM users WHERE lower(email) = lower('{email}')"));
    }

    [Fact]
    public async Task Registrations_racing_for_one_email_make_one_account()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        var racers = Enumerable.Range(0, 6).Select(i => Task.Run(() => host.PostAsync(Register, new { input = new { email = i % 2 == 0 ? "race@test.graph" : "RACE@test.graph", password = "a long passphrase" } })));
        var results = (await Task.WhenAll(racers)).Select(r => r.GetProperty("data").GetProperty("register")).ToList();
        Assert.Single(results, r => r.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(results.Where(r => r.GetProperty("errors").ValueKind != JsonValueKind.Null), r =>
        {
            var error = Assert.Single(r.GetProperty("errors").EnumerateArray());
            Assert.Equal("UniqueConstraintError", error.GetProperty("__typename").GetString());
            Assert.Equal(["email"], error.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        });
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM users WHERE lower(email) = 'race@test.graph'"));
    }

    [Fact]
    public async Task An_admin_creates_a_staff_account_that_logs_in_with_its_roles_and_nobody_else_may()
    {
        await using var host = await AuthTestHost.StartAsync(fixture.ConnectionString);
        await host.CreateUserAsync("staff.admin@test.graph", Graph.Persistence.Identity.PasswordHashing.Hash("admin passphrase"), Role.Admin);
        var admin = (await host.LoginAsync("staff.admin@test.graph", "admin passphrase")).GetProperty("accessToken").GetString();
        const string create = """
            mutation($input: CreateUserInput!) { createUser(input: $input) { user { email roles } errors { __typename ... on ValidationError { field } } } }
            """;
        var input = new { email = "new.tech@test.graph", password = "lab passphrase", firstName = "Lee", roles = new[] { "LAB_TECH" } };

        var created = (await host.PostAsync(create, new { input }, admin)).GetProperty("data").GetProperty("createUser");
        Assert.Equal(["LAB_TECH"], created.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var login = await host.LoginAsync("new.tech@test.graph", "lab passphrase");
        Assert.Equal("LAB_TECH", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(login.GetProperty("accessToken").GetString()).GetClaim("role").Value);

        var weak = (await host.PostAsync(create, new { input = input with { email = "weak@test.graph", password = "weak" } }, admin)).GetProperty("data").GetProperty("createUser");
        Assert.Equal("password", Assert.Single(weak.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());

        var customer = (await host.PostAsync(Register, new { input = new { email = "ambitious@test.graph", password = "a long passphrase" } })).GetProperty("data").GetProperty("register").GetProperty("accessToken").GetString();
        var refused = await host.PostAsync(create, new { input = input with { email = "sneaky@test.graph" } }, customer);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var anonymous = await host.PostAsync(create, new { input = input with { email = "nobody@test.graph" } });
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM users WHERE email IN ('sneaky@test.graph', 'nobody@test.graph', 'weak@test.graph')"));
    }
}
