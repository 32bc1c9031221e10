using Graph.Server.Errors;

namespace Graph.Server.Transports;

/// <summary>
/// <c>GET /graphql?sdl</c>: the schema as SDL, the same text as <c>schema.graphql</c> (<see cref="ISchemaDocumentSource"/>).
/// It follows <c>GraphQL:Introspection</c>: where introspection is off the schema is not published this way either.
/// </summary>
public static class SchemaSdlEndpoint
{
    public static async Task WriteAsync(HttpContext context, GraphQLServerOptions options)
    {
        if (!options.Introspection)
        {
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ResponseMediaType.Json, GraphQLRequestParser.Error(
                "The schema is not published here: introspection is disabled (GraphQL:Introspection).", ServerErrorCodes.SchemaNotPublished));
            return;
        }

        var sdl = context.RequestServices.GetRequiredService<ISchemaDocumentSource>().PrintSchema();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaTypes.GraphQLSdl + "; charset=utf-8";
        context.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        await context.Response.WriteAsync(sdl, context.RequestAborted);
    }
}
