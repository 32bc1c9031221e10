using Graph.Server.Files;
using Graph.Server.Ide;
using Graph.Server.Realtime;
using Graph.Server.Transports;
using Microsoft.Extensions.Options;

namespace Graph.Server;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The one GraphQL endpoint: POST and GET per GraphQL over HTTP, <c>?sdl</c>, and Banana Cake Pop for browsers
    /// (unless <c>GraphQL:Ide</c> is false), plus WebSockets and Server-Sent Events on the same path when
    /// <c>AddGraphRealtime</c> registered them. Other methods get 405 with <c>Allow: GET, POST</c>. The files its
    /// uploads store are downloaded from <c>/files/{name}</c>, the URLs the schema answers.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapPost(path, HttpPostTransport.HandleAsync);
        endpoints.MapGet(path, HttpGetTransport.HandleAsync);
        endpoints.MapMethods(path, MethodNotAllowedEndpoint.Methods, MethodNotAllowedEndpoint.HandleAsync);
        endpoints.MapStoredFiles();
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Ide)
            endpoints.MapBananaCakePop(path);
        if (endpoints.ServiceProvider.GetService<RealtimeServices>() is not null)
            endpoints.MapGraphQLRealtime(path);
        return endpoints;
    }
}
