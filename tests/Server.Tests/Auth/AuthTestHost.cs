using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Schema;
using Graph.Schema.Composition;
using Graph.Server.Auth;
using Graph.Server.Health;
using Graph.Server.Tests.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Tests.Auth;

/// <summary>The server wired as Program.cs wires it (core graph, auth, /graphql) over a test database, plus a few guarded fields.</summary>
public sealed class AuthTestHost : IAsyncDisposable
{
    public const string SigningKey = "c2lnbmluZy1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXMtbG9uZyEhIQ==";

    /// <summary>The password of the accounts tests create, and its hash (made once: PBKDF2 is slow on purpose).</summary>
    public const string Password = "correct horse battery";

    private static readonly Lazy<string> LazyPasswordHash = new(() => PasswordHashing.Hash(Password));

    public static string PasswordHash => LazyPasswordHash.Value;

    private readonly WebApplication _app;

    private AuthTestHost(WebApplication app, HttpClient client, CapturedLogs logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Stops the server as a host shutdown does (requests in flight still get their answers).</summary>
    public Task StopAsync() => _app.StopAsync();

    public static async Task<AuthTestHost> StartAsync(
        string connectionString,
        TimeSpan? lockoutWindow = null,
        int maxFailedAttempts = 5,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Graph"] = connectionString,
            ["Identity:SigningKey"] = SigningKey,
            ["Identity:LockoutWindow"] = (lockoutWindow ?? TimeSpan.FromMinutes(15)).ToString(),
            ["Identity:MaxFailedAttempts"] = maxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // Every request of these tests comes from one address; RateLimitTests has the limits.
            ["RateLimits:Enabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddGraphPersistence(builder.Configuration).AddGraphEventOutbox(builder.Configuration).AddGraphSchema().AddGraphModules().AddGraphAuth().AddGraphServer();
        builder.Services.AddSchemaModule<GuardedFieldsModule>();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGraphHealthChecks();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new AuthTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
    }

    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var response = await SendAsync(query, variables, token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The POST's response as it came, whatever its status.</summary>
    public Task<HttpResponseMessage> SendAsync(string query, object? variables = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    /// <summary>Changes a user's row as an administrator would in the database, behind the server's back.</summary>
    public async Task UpdateUserAsync(Guid id, Action<User> change)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
        var user = await db.Set<User>().SingleAsync(u => u.Id == id);
        change(user);
        await db.SaveChangesAsync();
    }

    public async Task<JsonElement> LoginAsync(string email, string password)
    {
        var json = await PostAsync(
            "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken refreshToken expiresAt user { email } errors { message code } } }",
            new { e = email, p = password });
        return json.GetProperty("data").GetProperty("login");
    }

    public async Task<JsonElement> RefreshAsync(string refreshToken)
    {
        var json = await PostAsync(
            "mutation($t: String!) { refreshToken(input: {refreshToken: $t}) { accessToken refreshToken expiresAt errors { message code } } }",
            new { t = refreshToken });
        return json.GetProperty("data").GetProperty("refreshToken");
    }

    public async Task<User> CreateUserAsync(string email, string passwordHash, params Role[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
        var user = new User { Id = Guid.CreateVersion7(), Email = email, PasswordHash = passwordHash, FirstName = "Test", LastName = "User", Roles = [.. roles], IsActive = true };
        db.Set<User>().Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    public async Task<User> GetUserAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphDbContext>>().CreateDbContext();
        return await db.Set<User>().AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class GuardedFieldsModule : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.AddTypeExtension<GuardedFields>();
    }

    [Graph.Engine.Types.ExtendObjectType("Query")]
    public sealed class GuardedFields
    {
        [Authorize]
        public string? SignedInOnly() => "signed in";

        [Authorize(Roles = ["ADMIN"])]
        public string? AdminOnly() => "admin";
    }
}
