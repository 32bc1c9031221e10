using Graph.Persistence;
using Graph.Persistence.Studio;
using Graph.Schema;
using Graph.Schema.StatusChanges;
using Graph.Server;
using Graph.Server.Auth;
using Graph.Server.Cli;
using Graph.Server.Health;
using Graph.Server.Realtime;
using Graph.Server.Telemetry;
using Graph.Server.Webhooks;

var composition = new GraphComposition(
    ConfigureServices: (services, configuration) => services
        .AddGraphPersistence(configuration)
        .AddGraphSchema()
        .AddGraphModules()
        .AddGraphAuth()
        .AddGraphServer()
        .AddGraphTelemetry(configuration)
        .AddGraphRealtime(configuration)
        .AddGraphWebhooks()
        .AddOverdueJob()
        .AddLessonHorizon(),
    ConfigureApp: app =>
    {
        app.MapGraphHealthChecks();
        app.MapGraphQL();
    });

return await GraphCommandLine.InvokeAsync(args, composition);
