using Graph.Persistence;
using Graph.Server.Health;

namespace Graph.Server;

public static class ServerServiceCollectionExtensions
{
    /// <summary>The host's own services: health checks for now; transports, auth and the IDE join later.</summary>
    public static IServiceCollection AddGraphServer(this IServiceCollection services)
    {
        services.AddHealthChecks().AddGraphDatabaseCheck(HealthEndpoints.ReadyTag);
        return services;
    }
}
