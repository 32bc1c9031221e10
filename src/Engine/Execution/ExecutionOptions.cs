namespace Graph.Engine.Execution;

/// <summary>Per-request settings of execution.</summary>
public sealed class ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Aborts the request (e.g. the client went away); execution then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The longest the request may run; past it the response is a single <c>REQUEST_TIMEOUT</c> error and
    /// resolvers see <see cref="IResolverContext.RequestAborted"/> cancelled.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How long a cancelled request (timeout or <see cref="CancellationToken"/>) waits for its resolvers to stop, so that
    /// none outlives the request's scoped services; resolvers that honour <see cref="IResolverContext.RequestAborted"/>
    /// stop well within it. Work still running past it is handed to <see cref="Abandoned"/>.
    /// </summary>
    public TimeSpan CancellationGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Receives a cancelled request's work that was still running after <see cref="CancellationGrace"/>, for the caller
    /// to wait on before it ends what the resolvers use (the request's scope).</summary>
    public Action<Task>? Abandoned { get; init; }

    /// <summary>The value root fields resolve against (graphql-js's rootValue).</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Request-scoped state handed to every resolver (copied into a fresh dictionary per request when set).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// Whether an unexpected exception's message reaches the client (graphql-js does so, hence the default).
    /// When false the error reads "Unexpected Execution Error" with code <c>UNEXPECTED_EXECUTION_ERROR</c>;
    /// the exception stays on <see cref="GraphQLError.Exception"/> for error filters to log.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; } = true;

    /// <summary>The most field errors one response carries; later ones are dropped (null values still propagate).</summary>
    public int? MaxErrors { get; init; }

    /// <summary>The most variable coercion errors reported before giving up (graphql-js's maxCoercionErrors).</summary>
    public int MaxCoercionErrors { get; init; } = VariableValues.DefaultMaxErrors;

    /// <summary>Leave "Did you mean …?" out of coercion messages (e.g. when introspection is disabled).</summary>
    public bool HideSuggestions { get; init; }

    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = [];

    /// <summary>Where the pipeline caches parsed and validated documents; null uses one cache per schema.</summary>
    public OperationCache? OperationCache { get; init; }

    /// <summary>One <c>GraphQL Resolve</c> span per resolver call (<see cref="EngineActivities"/>); off by default.</summary>
    public bool TraceResolvers { get; init; }

    /// <summary>The pipeline skips validation (only for documents known valid, e.g. persisted queries).</summary>
    public bool SkipValidation { get; init; }

    internal GraphQLError Filter(GraphQLError error)
    {
        var filters = ErrorFilters;
        for (var i = 0; i < filters.Count; i++)
        {
            error = filters[i].OnError(error);
        }

        return error;
    }
}
