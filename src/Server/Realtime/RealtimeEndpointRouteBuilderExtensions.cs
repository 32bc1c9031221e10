using Graph.Server.Transports;
using Microsoft.AspNetCore.Routing.Matching;

namespace Graph.Server.Realtime;

public static class RealtimeEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves subscriptions (and queries/mutations) at <paramref name="pattern"/> over WebSocket (subprotocols
    /// <c>graphql-transport-ws</c>, preferred, and the legacy <c>graphql-ws</c>) and Server-Sent Events
    /// (graphql-sse). It shares the route with the HTTP transport: other requests fall through to it. Needs
    /// <see cref="RealtimeServiceCollectionExtensions.AddGraphRealtime"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLRealtime(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        if (!endpoints.ServiceProvider.GetServices<MatcherPolicy>().OfType<RealtimeMatcherPolicy>().Any())
            throw new InvalidOperationException("MapGraphQLRealtime needs services.AddGraphRealtime(configuration).");

        // The WebSocket middleware runs inside the endpoint, so the app's pipeline needs no UseWebSockets().
        var pipeline = endpoints.CreateApplicationBuilder()
            .UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        pipeline.Run(HandleAsync);
        var builder = endpoints.Map(pattern, pipeline.Build());
        builder.WithMetadata(new RealtimeEndpointMetadata());
        builder.WithDisplayName("GraphQL realtime (WebSocket, SSE)");
        builder.Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = -1);
        return builder;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices.GetRequiredService<RealtimeServices>();
        if (RealtimeRequests.Classify(context) == RealtimeRequestKind.ServerSentEvents)
        {
            await ServerSentEventsTransport.HandleAsync(context, services);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = requested.Contains(GraphQLTransportWsProtocol.Name) ? GraphQLTransportWsProtocol.Name
            : requested.Contains(SubscriptionsTransportWsProtocol.Name) ? SubscriptionsTransportWsProtocol.Name
            : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        switch (protocol)
        {
            case GraphQLTransportWsProtocol.Name:
                await GraphQLTransportWsProtocol.RunAsync(context, socket, services.Options, services.Authenticator, services.Executor, services.Logger);
                break;
            case SubscriptionsTransportWsProtocol.Name:
                await SubscriptionsTransportWsProtocol.RunAsync(context, socket, services.Options, services.Authenticator, services.Executor, services.Logger);
                break;
            default:
                await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)RealtimeCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
                break;
        }
    }
}
