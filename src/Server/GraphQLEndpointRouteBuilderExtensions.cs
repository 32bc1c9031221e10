using Graph.Server.Ide;
using Graph.Server.Transports;
using Microsoft.Extensions.Options;

namespace Graph.Server;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The one GraphQL endpoint: POST and GET per GraphQL over HTTP, <c>?sdl</c>, and Banana Cake Pop for browsers
    /// (unless <c>GraphQL:Ide</c> is false). Other methods get 405 with <c>Allow</c> from routing.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapPost(path, HttpPostTransport.HandleAsync);
        endpoints.MapGet(path, HttpGetTransport.HandleAsync);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Ide)
            endpoints.MapBananaCakePop(path);
        return endpoints;
    }
}
