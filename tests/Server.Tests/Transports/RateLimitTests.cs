using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Server.RateLimiting;
using Graph.Server.Tests.Auth;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Transports;

/// <summary>RateLimits: per client address for anonymous callers, per user for signed-in ones, stricter for sign-in.</summary>
public sealed class RateLimitTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static Dictionary<string, string?> Limits(int anonymous, int signedIn, int signIn) => new()
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:AnonymousPermitLimit"] = anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignedInPermitLimit"] = signedIn.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignInPermitLimit"] = signIn.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Window"] = "00:10:00",
    };

    [Fact]
    public async Task An_address_past_its_anonymous_limit_gets_429_with_retry_after_and_health_probes_are_exempt()
    {
        await using var server = await GraphQLTestServer.StartAsync(settings: Limits(anonymous: 5, signedIn: 100, signIn: 100));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => server.PostQueryAsync("{ __typename }")));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600));
        Assert.Equal(GraphRateLimits.Code, (await refused[0].JsonAsync()).Code());
        foreach (var answer in answers)
            answer.Dispose();
    }

    [Fact]
    public async Task A_signed_in_user_counts_against_their_own_limit_and_sign_in_is_stricter()
    {
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString, settings: Limits(anonymous: 6, signedIn: 4, signIn: 2));
        await host.CreateUserAsync("limited@test.graph", AuthTestHost.PasswordHash);

        // Two sign-ins per address; the third is refused before it runs, though the anonymous limit has room.
        using var first = await host.SendAsync(Login, new { e = "limited@test.graph", p = AuthTestHost.Password });
        var token = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("login").GetProperty("accessToken").GetString()!;
        using var second = await host.SendAsync(Login, new { e = "limited@test.graph", p = "wrong" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var third = await host.SendAsync(Login, new { e = "limited@test.graph", p = AuthTestHost.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);

        // The user's own window: four requests, whatever the address's count.
        var asUser = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.SendAsync("{ signedInOnly }", token: token)));
        Assert.Equal(4, asUser.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(2, asUser.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        foreach (var answer in asUser)
            answer.Dispose();
    }

    private const string Login = "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken errors { code } } }";
}
