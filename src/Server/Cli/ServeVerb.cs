using System.CommandLine;
using Graph.Server.Startup;

namespace Graph.Server.Cli;

/// <summary><c>serve</c> (the default): runs the HTTP server until SIGINT/SIGTERM.</summary>
internal static class ServeVerb
{
    public static Command Create(GraphComposition composition)
    {
        var command = GraphCommandLine.Verb("serve", "Serve /graphql and the health endpoints (the default).");
        command.SetAction((parse, _) => RunAsync(composition, GraphCommandLine.HostArguments(parse)));
        return command;
    }

    public static Task<int> RunAsync(GraphComposition composition, string[] args) => VerbErrors.ReportAsync(async () =>
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = GraphCommandLine.ContentRoot });
        composition.ConfigureServices(builder.Services, builder.Configuration);
        builder.Services.AddHostedService<StartupMigration>();
        builder.Services.AddHostedService<StartupBanner>();
        await using var app = builder.Build();
        composition.ConfigureApp(app);
        await app.RunAsync();
        return 0;
    });
}
