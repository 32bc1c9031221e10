using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Persistence;
using Graph.Schema;
using Graph.Server.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Tests.Testing;

/// <summary>
/// The GraphQL endpoint wired as Program.cs wires it (schema, server, MapGraphQL) plus <see cref="TestSchemaModule"/>,
/// on Kestrel at a free loopback port, with no database (nothing here reads one). Logs are captured.
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, HttpClient client, CapturedLogs logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="connectionString">With a database, the realtime transports (WebSocket, SSE) are served too.</param>
    /// <param name="platformModules">Whether the platform's modules join the schema (it is then the real one, plus the test fields).</param>
    /// <param name="configure">Adds services of the test's own (an exporter, a registration Program.cs makes).</param>
    public static async Task<GraphQLTestServer> StartAsync(
        string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null, string? connectionString = null, bool platformModules = false,
        Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        // Tests send many requests from one address; RateLimitTests turns the limits back on.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (connectionString is not null)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Graph"] = connectionString });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddGraphSchema().AddSchemaModule<TestSchemaModule>().AddGraphServer();
        if (platformModules)
            builder.Services.AddGraphModules();
        if (connectionString is not null)
            builder.Services.AddGraphPersistence(builder.Configuration).AddGraphRealtime(builder.Configuration);
        configure?.Invoke(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return new GraphQLTestServer(app, client, logs);
    }

    /// <summary>POSTs <paramref name="body"/> as is, with the given content type and Accept (null leaves the header out).</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? accept = null, string? operationName = null) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Reading responses in assertions.</summary>
public static class ResponseExtensions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? Code(this JsonElement body, int error = 0) =>
        body.GetProperty("errors")[error].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static string Message(this JsonElement body, int error = 0) => body.GetProperty("errors")[error].GetProperty("message").GetString()!;
}

/// <summary>One server per test class, for the many tests that need no special settings.</summary>
public sealed class ProductionServerFixture : IAsyncLifetime
{
    public GraphQLTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class DevelopmentServerFixture : IAsyncLifetime
{
    public GraphQLTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GraphQLTestServer.StartAsync("Development");

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
