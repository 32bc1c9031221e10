using Graph.Persistence.Database;

namespace Graph.Server.Cli;

/// <summary>The application's services without the HTTP server, for verbs. Starting it starts the
/// embedded cluster when no connection string is set; the cluster stops again when the verb ends.</summary>
internal static class ToolHost
{
    public static Task<int> RunAsync(
        GraphComposition composition, string[] args, bool startDatabase, Func<IServiceProvider, CancellationToken, Task<int>> verb) =>
        VerbErrors.ReportAsync(async () =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = args,
                ContentRootPath = GraphCommandLine.ContentRoot,
                EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"),
            });
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
            // A failed start is reported once, as one line, by VerbErrors; not again as a logged stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
            composition.ConfigureServices(builder.Services, builder.Configuration);
            using var host = builder.Build();
            if (!startDatabase)
                return await verb(host.Services, CancellationToken.None);

            try
            {
                await host.StartAsync();
                var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                return await verb(host.Services, stopping);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
                await host.Services.GetRequiredService<GraphDatabase>().StopAsync();
            }
        });
}
