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
/// Cross-site protection (the spec's CSRF note): GET never mutates, but a query still runs with whatever the
/// browser attaches, and its timing is observable from another site. So a GET operation that a browser reports
/// (Fetch Metadata, <c>Sec-Fetch-Site: cross-site</c> or <c>same-site</c>) as sent by another site is refused
/// with 403 unless it carries a header no simple request can carry (<c>GraphQL-Preflight</c>, as HotChocolate
/// names it, or <c>Authorization</c>): then the browser asked first (a CORS preflight) and this origin allowed it.
/// Links, forms, <c>&lt;img&gt;</c>/<c>&lt;script&gt;</c> tags and plain cross-site <c>fetch</c> calls therefore
/// run nothing. Same-origin requests, addresses typed by the user (<c>Sec-Fetch-Site: none</c>) and clients
/// that send no Fetch Metadata (non-browsers such as graphql-http's audits, older browsers) are served.
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

        if (IsCrossSiteWithoutPreflight(request))
        {
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, mediaType.Value, GraphQLRequestParser.Error(
                $"GET operations from another site must carry the {PreflightHeader} header (so the browser asks first); use POST with application/json otherwise.",
                ServerErrorCodes.CrossSiteRequestRefused));
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

    /// <summary>Fetch Metadata says another site sent this, and nothing shows that a CORS preflight let it through.</summary>
    internal static bool IsCrossSiteWithoutPreflight(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (!site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) && !site.Equals("same-site", StringComparison.OrdinalIgnoreCase))
            return false;
        return !request.Headers.ContainsKey(PreflightHeader) && !request.Headers.ContainsKey("Authorization");
    }

    public const string PreflightHeader = "GraphQL-Preflight";
}
