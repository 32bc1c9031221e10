using Graph.Persistence.Database;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Uploads;
using Graph.Server.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Graph.Server.Startup;

/// <summary>
/// Once the server listens (after the startup migration and demo seed): where the endpoint and Banana Cake Pop are, how
/// to sign in with the demo accounts when the embedded database holds them, and where the local state is kept.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    GraphDatabase database,
    IOptions<GraphQLServerOptions> graphQL,
    IOptions<IdentityAuthOptions> identity,
    IOptions<UploadOptions> uploads,
    ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Write);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Write()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var endpoint = (addresses.FirstOrDefault() ?? "http://localhost:5000").Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal) + "/graphql";

        var lines = new List<string> { $"Graph is ready: GraphQL at {endpoint} (POST or GET; WebSocket and SSE subscriptions)" };
        if (graphQL.Value.Ide)
            lines.Add($"  Banana Cake Pop: open {endpoint} in a browser (examples and signing in: docs/partners.md)");
        if (database.IsEmbedded)
        {
            lines.Add($"  Demo accounts: <role>@demo.graph, password {DemoAccounts.Password} "
                + $"(e.g. {DemoAccounts.EmailFor(Graph.Persistence.Identity.Role.Admin)}, {DemoAccounts.EmailFor(Graph.Persistence.Identity.Role.Customer)}, "
                + $"{DemoAccounts.EmailFor(Graph.Persistence.Identity.Role.Sales)}); sign in with the `login` mutation and send "
                + "`Authorization: Bearer <accessToken>`");
            lines.Add($"  Local data: PostgreSQL cluster in {database.Embedded!.RootDirectory}");
        }

        if (string.IsNullOrEmpty(identity.Value.SigningKey))
            lines.Add($"  Signing key: {SigningKey.KeyPath(identity.Value)}");
        lines.Add($"  Uploads: {Path.GetFullPath(uploads.Value.Directory)}");
        logger.LogInformation("{Banner}", string.Join(Environment.NewLine, lines));
    }
}
