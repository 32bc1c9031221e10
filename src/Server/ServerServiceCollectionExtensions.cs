using Graph.Persistence;
using Graph.Server.Cors;
using Graph.Server.Execution;
using Graph.Server.Health;
using Graph.Server.RateLimiting;
using Graph.Server.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Graph.Server;

public static class ServerServiceCollectionExtensions
{
    /// <summary>
    /// The host's own services: the GraphQL endpoint's pipeline and options (section <c>GraphQL</c>; introspection and
    /// exception details default to on in Development only), uploads (section <c>Uploads</c>), cross-origin access (section <c>Cors</c>), the
    /// SDL source, and the health checks.
    /// </summary>
    public static IServiceCollection AddGraphServer(this IServiceCollection services)
    {
        services.AddOptions<GraphQLServerOptions>()
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Introspection = environment.IsDevelopment();
                options.IncludeExceptionDetails = environment.IsDevelopment();
            })
            .BindConfiguration(GraphQLServerOptions.Section)
            .Validate(options => options.MaxRequestBodySize is > 0 and <= int.MaxValue - 1, "GraphQL:MaxRequestBodySize must be between 1 and 2147483646 bytes.")
            .Validate(options => options.MaxBatchSize > 0, "GraphQL:MaxBatchSize must be positive.")
            .Validate(options => options.Limits.IsValid, "Every GraphQL:Limits value must be positive.")
            .ValidateOnStart();
        services.AddOptions<Graph.Schema.Care.QuestionnaireIntakeOptions>().BindConfiguration(Graph.Schema.Care.QuestionnaireIntakeOptions.Section);
        services.AddGraphRateLimits();
        services.AddGraphCors();

        // Persisted documents live in the database; a host without one (tests, tools) takes documents in full only.
        if (services.Any(d => d.ServiceType == typeof(IDbContextFactory<GraphDbContext>)))
            services.AddSingleton<PersistedOperationStore>();
        services.AddOptions<Graph.Schema.Uploads.UploadOptions>()
            .BindConfiguration(Graph.Schema.Uploads.UploadOptions.Section)
            .Validate(options => options.MaxFileSize > 0 && !string.IsNullOrWhiteSpace(options.Directory), "Uploads:MaxFileSize must be positive and Uploads:Directory set.")
            .ValidateOnStart();
        services.AddGraphInstruments();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<ISchemaDocumentSource, SchemaDocumentSource>();
        services.AddHealthChecks().AddGraphDatabaseCheck(HealthEndpoints.ReadyTag);
        return services;
    }
}
