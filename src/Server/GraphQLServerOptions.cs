namespace Graph.Server;

/// <summary>The <c>GraphQL</c> configuration section: how <c>/graphql</c> serves requests.</summary>
public sealed class GraphQLServerOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Whether <c>__schema</c>/<c>__type</c> and <c>GET /graphql?sdl</c> answer. Defaults to on in Development and
    /// off elsewhere; when off, errors also leave out "Did you mean …?" suggestions, which would leak names.
    /// </summary>
    public bool Introspection { get; set; }

    /// <summary>Unexpected errors carry the exception's message and stack trace in <c>extensions</c> (defaults to Development only).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether a POST body may be a JSON array of requests, answered by an array of responses.</summary>
    public bool Batching { get; set; }

    /// <summary>The most requests one batch may hold.</summary>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>How long one operation may run before it is answered with a <c>REQUEST_TIMEOUT</c> error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One trace span per resolver call (with telemetry on); off by default, as a span costs more than most fields.</summary>
    public bool TraceResolvers { get; set; }

    /// <summary>
    /// How long a cancelled operation (timeout, client gone, shutdown) waits for its resolvers to stop before it is
    /// answered; database commands stop well within it (PostgreSQL cancels them). A resolver still running past it
    /// keeps the request's scope alive until it ends, after the response went out.
    /// </summary>
    public TimeSpan CancellationGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The limits every operation is measured against before it runs (<c>GraphQL:Limits:*</c>).</summary>
    public Execution.OperationLimits Limits { get; set; } = new();

    /// <summary>Trusted documents: automatic persisted queries or an allow-list (<c>GraphQL:PersistedOperations:*</c>).</summary>
    public Execution.PersistedOperationOptions PersistedOperations { get; set; } = new();

    /// <summary>Whether browsers get Banana Cake Pop at <c>GET /graphql</c>.</summary>
    public bool Ide { get; set; } = true;
}
