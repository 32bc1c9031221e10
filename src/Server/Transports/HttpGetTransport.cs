using Graph.Server.Errors;
using Graph.Server.Execution;
using Graph.Server.Ide;
using Microsoft.Extensions.Options;

namespace Graph.Server.Transports;

/// <summary>
/// <c>GET /graphql</c> (GraphQL over HTTP, GET): <c>?query=…&amp;operationName=…&amp;variables=…&amp;extensions=…</c>
/// runs queries only (a mutation is 405 with <c>Allow: POST</c>); <c>?sdl</c> answers the schema; a browser
/// asking for HTML gets Banana Cake Pop.
/// </summary>
/// <remarks>
/// Cross-site protection: GET never mutates, but a query still runs with whatever the browser attaches, and its
/// timing is observable from another site. So a GET operation that a browser reports (Fetch Metadata) as coming
/// from another site without being a CORS request (a link, a form, an <c>&lt;img&gt;</c> or <c>&lt;script&gt;</c>)
/// is refused with 403. CORS requests and non-browser clients (which send no <c>Sec-Fetch-Site</c>) are served,
/// so clients such as graphql-http's audits see a plain GET endpoint.
/// </remarks>
public static class HttpGetTransport
{
    public static Task HandleAsync(HttpContext context) => GraphQLHttpResponses.GuardAsync(context, ExecuteAsync);

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequestExecutor executor)
    {
        var request = context.Request;
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        context.Response.Headers.Vary = "Accept";

        if (request.Query.ContainsKey("sdl"))
        {
            await SchemaSdlEndpoint.WriteAsync(context, options);
            return;
        }

        if (!request.Query.ContainsKey("query") && options.Ide && AcceptNegotiation.AcceptsHtml(request))
        {
            await BananaCakePop.ServeAsync(context);
            return;
        }

        var mediaType = AcceptNegotiation.Negotiate(request);
        if (mediaType is null)
        {
            await HttpPostTransport.WriteNotAcceptableAsync(context);
            return;
        }

        if (IsCrossSiteWithoutCors(request))
        {
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, mediaType.Value, GraphQLRequestParser.Error(
                "GET operations from another site are only served as CORS requests.", ServerErrorCodes.CrossSiteRequestRefused));
            return;
        }

        if (!GraphQLRequestParser.TryParseQueryString(request.Query, out var graphQLRequest, out var error))
        {
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType.Value, error!);
            return;
        }

        var outcome = await executor.ExecuteAsync(graphQLRequest, context, allowMutations: false);
        await GraphQLHttpResponses.WriteOutcomeAsync(context, outcome, mediaType.Value);
    }

    /// <summary>Fetch Metadata (<c>Sec-Fetch-Site</c>, <c>Sec-Fetch-Mode</c>) says another site sent this without CORS.</summary>
    internal static bool IsCrossSiteWithoutCors(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (!site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) && !site.Equals("same-site", StringComparison.OrdinalIgnoreCase))
            return false;
        return !request.Headers["Sec-Fetch-Mode"].ToString().Equals("cors", StringComparison.OrdinalIgnoreCase);
    }
}
