using Graph.Server.Errors;

namespace Graph.Server.Transports;

/// <summary>
/// The 405 (with <c>Allow: GET, POST</c>) that the other methods get on the GraphQL path. Routing would produce it
/// by itself, but the realtime endpoint matches every method on the same path and steps aside for plain requests,
/// which left PATCH, HEAD, OPTIONS and the rest with a 404.
/// </summary>
public static class MethodNotAllowedEndpoint
{
    public static readonly string[] Methods = ["PATCH", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "CONNECT"];

    public static Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.Allow = "GET, POST";
        return GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json,
            GraphQLRequestParser.Error($"{context.Request.Method} is not served here; GraphQL over HTTP uses GET and POST.", ServerErrorCodes.MethodNotAllowed));
    }
}
