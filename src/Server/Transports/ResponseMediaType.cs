namespace Graph.Server.Transports;

/// <summary>The media types a GraphQL response is written in (GraphQL over HTTP, "Media Types").</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/json</c>: the legacy type; request errors still answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponseJson,
}

public static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string GraphQLSdl = "application/graphql";
    public const string Html = "text/html";

    public static string ContentType(this ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };
}
