using System.Diagnostics;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Server.Tests.Auth;
using Graph.Testing.Postgres;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Execution;

/// <summary>A small pool serves many more concurrent writes than it has connections: slower, but every one succeeds,
/// and reads and sign-in go on meanwhile. The elapsed time goes to the test output.</summary>
public sealed class PoolLoadTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const int Concurrency = 128;

    [Fact]
    public async Task A_pool_of_eight_serves_128_concurrent_mutations()
    {
        await using var host = await AuthTestHost.StartAsync(database.ConnectionString + ";Maximum Pool Size=8");
        await host.CreateUserAsync("pool@test.graph", AuthTestHost.PasswordHash, Role.Customer);
        var token = (await host.LoginAsync("pool@test.graph", AuthTestHost.Password)).GetProperty("accessToken").GetString()!;

        var elapsed = Stopwatch.StartNew();
        var writes = Enumerable.Range(0, Concurrency).Select(i => host.PostAsync(
            "mutation($name: String!) { createPet(input: { name: $name, species: \"Cat\" }) { pet { id } errors { message } } }",
            new { name = $"Pool {i}" }, token)).ToList();
        var read = host.PostAsync("{ me { email } }", token: token);
        var signIn = host.LoginAsync("pool@test.graph", AuthTestHost.Password);
        var answers = await Task.WhenAll(writes);
        elapsed.Stop();

        Assert.All(answers, answer =>
        {
            Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
            Assert.Equal(JsonValueKind.String, answer.GetProperty("data").GetProperty("createPet").GetProperty("pet").GetProperty("id").ValueKind);
        });
        Assert.Equal("pool@test.graph", (await read).GetProperty("data").GetProperty("me").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.String, (await signIn).GetProperty("accessToken").ValueKind);
        output.WriteLine($"{Concurrency} concurrent createPet on a pool of 8: {elapsed.ElapsedMilliseconds} ms");
    }
}
