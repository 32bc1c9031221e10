using System.Net;
using Graph.Persistence;
using Graph.Persistence.Migrations;
using Graph.Server.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Tests.Health;

/// <summary>The application wired as Program.cs wires it, on Kestrel at a free loopback port.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<InProcessServer> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Graph"] = connectionString });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphPersistence(builder.Configuration).AddGraphServer();
        var app = builder.Build();
        app.MapGraphHealthChecks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new InProcessServer(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async Task<HttpStatusCode> GetStatusAsync(string path) => (await Client.GetAsync(path)).StatusCode;

    public Task MigrateAsync() => _app.Services.GetRequiredService<MigrationRunner>().MigrateAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
