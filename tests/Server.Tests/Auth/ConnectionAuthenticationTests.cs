using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Schema.Identity.Auth;
using Graph.Server.Auth;
using Graph.Server.Tests.Realtime;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Server.Tests.Auth;

public sealed class ConnectionAuthenticationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Connection_init_with_a_valid_token_is_accepted_and_an_invalid_one_closed_with_4403()
    {
        var tokens = CreateTokens(TimeSpan.FromMinutes(15));
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, authenticator: new JwtConnectionAuthenticator(tokens));
        var valid = tokens.Issue(await CreateUserAsync(Role.Admin), Guid.CreateVersion7()).Token;

        await using var accepted = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await accepted.InitAsync($$"""{"authorization":"Bearer {{valid}}"}""");

        await using var anonymous = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await anonymous.InitAsync();

        foreach (var bad in new[] { "Bearer " + valid[..^2] + "xx", "Bearer not-a-jwt", "Basic abc" })
        {
            await using var rejected = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
            await rejected.SendAsync($$$"""{"type":"connection_init","payload":{"authorization":"{{{bad}}}"}}""");
            Assert.Equal(4403, await rejected.ReceiveCloseAsync());
        }
    }

    [Fact]
    public async Task The_socket_closes_when_the_token_expires()
    {
        // JWT expiry has whole-second precision and CI machines are loaded: leave the handshake room before expiry.
        var tokens = CreateTokens(TimeSpan.FromSeconds(5));
        await using var host = await RealtimeTestHost.StartAsync(fixture.ConnectionString, authenticator: new JwtConnectionAuthenticator(tokens));
        var token = tokens.Issue(await CreateUserAsync(Role.Customer), Guid.CreateVersion7()).Token;
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{token}}"}""");
        Assert.Equal(4403, await socket.ReceiveCloseAsync(timeoutMs: 15_000));
    }

    private PooledDbContextFactory<GraphDbContext> Contexts => new((DbContextOptions<GraphDbContext>)PersistenceServiceCollectionExtensions
        .ConfigureDbContext(new DbContextOptionsBuilder<GraphDbContext>(), NpgsqlDataSource.Create(fixture.ConnectionString)).Options);

    private JwtTokenService CreateTokens(TimeSpan lifetime)
    {
        var options = Options.Create(new IdentityAuthOptions { AccessTokenLifetime = lifetime });
        var contexts = Contexts;
        var revocations = new RevokedTokenStore(contexts, options, TimeProvider.System);
        var accounts = new AccountStateStore(contexts, options, TimeProvider.System);
        return new JwtTokenService(options, TimeProvider.System, revocations, accounts, new SigningKey(Convert.FromBase64String(AuthTestHost.SigningKey)));
    }

    /// <summary>A token's subject must exist, active, for the token to be accepted.</summary>
    private async Task<User> CreateUserAsync(Role role)
    {
        var user = new User { Id = Guid.CreateVersion7(), Email = $"{Guid.NewGuid():N}@socket.test", Roles = [role] };
        await using var db = Contexts.CreateDbContext();
        db.Set<User>().Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
