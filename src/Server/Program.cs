using Graph.Persistence;
using Graph.Server;
using Graph.Server.Cli;
using Graph.Server.Health;

var composition = new GraphComposition(
    ConfigureServices: (services, configuration) => services
        .AddGraphPersistence(configuration)
        .AddGraphServer(),
    ConfigureApp: app => app.MapGraphHealthChecks());

return await GraphCommandLine.InvokeAsync(args, composition);
