namespace Graph.Server.Errors;

/// <summary>
/// The <c>extensions.code</c> values of transport errors: HotChocolate's codes where it has one for the same
/// failure (so clients written against it match them), descriptive ones elsewhere.
/// </summary>
public static class ServerErrorCodes
{
    /// <summary>The request's JSON or parameters are malformed (HotChocolate's RequestInvalid).</summary>
    public const string RequestInvalid = "HC0009";

    /// <summary>The body is larger than <c>GraphQL:MaxRequestBodySize</c> (HotChocolate's MaxRequestSize).</summary>
    public const string MaxRequestSize = "HC0010";

    /// <summary>The body is not valid JSON (HotChocolate's server SyntaxError).</summary>
    public const string JsonSyntaxError = "HC0011";

    /// <summary>Neither <c>query</c> nor a persisted-query id was given (HotChocolate's QueryAndIdMissing).</summary>
    public const string QueryMissing = "HC0013";

    /// <summary>The <c>Accept</c> header names no media type this endpoint answers with (HotChocolate's NoSupportedAcceptMediaType).</summary>
    public const string NoSupportedAcceptMediaType = "HC0063";

    public const string UnsupportedContentType = "UNSUPPORTED_CONTENT_TYPE";

    public const string BatchingDisabled = "BATCHING_NOT_ENABLED";

    public const string BatchTooLarge = "BATCH_TOO_LARGE";

    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";

    /// <summary>A cross-site GET that no CORS preflight let through (see HttpGetTransport).</summary>
    public const string CrossSiteRequestRefused = "CROSS_SITE_REQUEST_REFUSED";

    public const string SchemaNotPublished = "SCHEMA_NOT_PUBLISHED";

    /// <summary>A multipart request breaks the GraphQL multipart request specification (parts, their order, the map).</summary>
    public const string InvalidMultipartRequest = "INVALID_MULTIPART_REQUEST";

    /// <summary>A multipart request without <c>GraphQL-Preflight</c> or <c>Authorization</c>: a browser's simple request (CSRF).</summary>
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";

    /// <summary>An uploaded file is larger than <c>Uploads:MaxFileSize</c>.</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";

    /// <summary>The server began stopping while the operation ran: 503 with <c>Retry-After</c>.</summary>
    public const string ServerStopping = "SERVER_STOPPING";
}
