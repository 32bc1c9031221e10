using Graph.Engine;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;
using Graph.Persistence.Database;
using Graph.Schema.Authorization;
using Graph.Server.Errors;
using Graph.Server.RateLimiting;
using Graph.Server.Telemetry;
using Microsoft.Extensions.Options;

namespace Graph.Server.Execution;

/// <summary>
/// The server's request pipeline over the engine: parse and validate (cached per query text, with the
/// introspection rule when introspection is off), refuse operation types the HTTP method may not run, then
/// execute under the request's cancellation, timeout, services and error filter.
/// </summary>
public sealed class GraphQLRequestExecutor
{

    /// <summary>The request header that asks for the operation's cost (HotChocolate's): <c>report</c> adds it to the
    /// response's <c>extensions.operationCost</c>, <c>validate</c> answers it without running the operation.</summary>
    public const string CostHeader = "GraphQL-Cost";

    // The verdicts depend on the rule set and on suggestions, both fixed at startup, so this cache is the server's own.
    private readonly OperationCache _documents = new();
    private readonly GraphSchema _schema;
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;
    private readonly RuleSet _rules;
    private readonly ValidationOptions _validation;
    private readonly ParserOptions _parser;

    private readonly SignInRateLimiter? _signIns;
    private readonly PersistedOperationStore? _persisted;
    private readonly CancellationToken _stopping;

    /// <param name="persisted">Null without a database: documents are then only sent in full.</param>
    /// <param name="lifetime">The host's: running operations are cancelled when it starts stopping.</param>
    public GraphQLRequestExecutor(
        GraphSchema schema,
        IOptions<GraphQLServerOptions> options,
        ILogger<GraphQLRequestExecutor> logger,
        GraphTelemetry telemetry,
        SignInRateLimiter? signIns = null,
        PersistedOperationStore? persisted = null,
        IHostApplicationLifetime? lifetime = null)
    {
        Telemetry = telemetry;
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        _signIns = signIns;
        _persisted = persisted;
        _schema = schema;
        _options = options.Value;
        _logger = logger;
        _rules = new RuleSet([
            .. DocumentValidator.SpecifiedRules.Rules,
            .. _options.Introspection ? [] : new ValidationRule[] { new IntrospectionNotAllowedRule() },
            .. _options.Limits.CreateRules(),
            new NoNulCharactersRule(),
        ]);
        _parser = _options.Limits.CreateParserOptions();
        _validation = new ValidationOptions { SuggestFieldNames = _options.Introspection };
    }

    public GraphSchema Schema => _schema;

    public GraphTelemetry Telemetry { get; }

    /// <summary>Whether resolvers run under spans of their own (<c>GraphQL:TraceResolvers</c>).</summary>
    public bool TraceResolvers => _options.TraceResolvers;

    /// <summary>A fresh filter per request, so every unexpected error of one request shares its correlation id.</summary>
    public UnexpectedErrorFilter CreateErrorFilter() => new(_logger, _options.IncludeExceptionDetails);

    /// <summary>Whether execution may hint at schema names ("Did you mean …") in coercion errors.</summary>
    public bool HideSuggestions => !_options.Introspection;

    public async ValueTask<GraphQLOutcome> ExecuteAsync(GraphQLRequest request, HttpContext http, bool allowMutations)
    {
        using var telemetry = Telemetry.StartOperation("http");
        var outcome = await ExecuteAsync(request, http, allowMutations, telemetry);
        telemetry.Complete(outcome.Result);
        return outcome;
    }

    private async ValueTask<GraphQLOutcome> ExecuteAsync(GraphQLRequest request, HttpContext http, bool allowMutations, OperationTelemetry telemetry)
    {
        var (text, untrusted) = await ResolveDocumentAsync(request, http.RequestAborted);
        if (text is null)
            return new GraphQLOutcome(ExecutionResult.FromError(untrusted!), GraphQLOutcomeKind.RequestError);

        var document = GetDocument(text, out var syntaxErrors);
        if (document is null)
            return new GraphQLOutcome(ExecutionResult.FromErrors(syntaxErrors), GraphQLOutcomeKind.RequestError);
        telemetry.Describe(document, request.OperationName);

        // Checked before validation: GET never runs a mutation, valid or not (GraphQL over HTTP, GET).
        var operationType = FindOperationType(document.Document, request.OperationName);
        if (operationType is OperationType.Mutation or OperationType.Subscription && !allowMutations)
        {
            return new GraphQLOutcome(
                Error($"{(operationType == OperationType.Mutation ? "Mutations" : "Subscriptions")} cannot be executed over GET; use POST.", ServerErrorCodes.OperationNotAllowed),
                GraphQLOutcomeKind.OperationNotAllowed);
        }

        if (document.ValidationErrors.Count > 0)
            return new GraphQLOutcome(ExecutionResult.FromErrors(document.ValidationErrors), GraphQLOutcomeKind.RequestError);

        if (operationType == OperationType.Subscription)
        {
            return new GraphQLOutcome(
                Error("Subscription operations need a streaming transport; a single HTTP response cannot carry their events.", ServerErrorCodes.StreamingTransportRequired),
                GraphQLOutcomeKind.RequestError);
        }

        if (_signIns is not null && _signIns.IsSignIn(document.Document, request.OperationName) && _signIns.TryAcquire(http) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
            return new GraphQLOutcome(Error(GraphRateLimits.Message, GraphRateLimits.Code), GraphQLOutcomeKind.RateLimited);
        }

        if (RefuseVariables(request.Variables) is { } refusedVariables)
            return new GraphQLOutcome(ExecutionResult.FromError(refusedVariables), GraphQLOutcomeKind.RequestError);

        var cost = MeasureCost(document.Document, request.OperationName, request.Variables, out var refusal);
        var costMode = http.Request.Headers[CostHeader].ToString();
        if (refusal is not null || costMode.Equals("validate", StringComparison.OrdinalIgnoreCase))
        {
            var answer = refusal ?? ExecutionResult.FromErrors([]);
            if (costMode.Length > 0)
                answer.Extensions = CostExtensions(cost);
            return new GraphQLOutcome(answer, refusal is null ? GraphQLOutcomeKind.Executed : GraphQLOutcomeKind.RequestError);
        }

        Viewers.ReadAs(http.RequestServices, http.User);
        // A query that reads from the replica runs in a scope of its own: the request's scope (which a batch's mutations
        // share) keeps its contexts on the primary.
        var services = http.RequestServices;
        var fromReplica = operationType == OperationType.Query && services.GetService<GraphReplica>()?.Contexts is not null
            && ReadsFromReplica(services = OperationScope(http), operationType);
        using var cancellation = _stopping.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping) : null;
        ExecutionOptions Options(IServiceProvider scope) => new()
        {
            CancellationToken = cancellation?.Token ?? http.RequestAborted,
            Timeout = _options.ExecutionTimeout > TimeSpan.Zero ? _options.ExecutionTimeout : null,
            CancellationGrace = _options.CancellationGrace,
            Abandoned = work => AbandonedWork.Hand(http, work),
            Services = scope,
            ContextData = new Dictionary<string, object?>
            {
                [AuthorizationSchema.ClaimsPrincipalKey] = http.User,
                [Graph.Schema.Care.ClientKeys.ContextKey] = http.Connection.RemoteIpAddress?.ToString(),
            },
            IncludeExceptionDetails = false,
            HideSuggestions = HideSuggestions,
            ErrorFilters = [CreateErrorFilter()],
            TraceResolvers = TraceResolvers,
        };
        ExecutionResult result;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            result = await Executor.ExecuteRequestAsync(_schema, document.Document, request.OperationName, request.Variables, Options(services));
            if (fromReplica && ReplicaFailed(result, services))
            {
                // The replica went away under the query (it now counts as down): it runs again, reading from the primary.
                result = await Executor.ExecuteRequestAsync(_schema, document.Document, request.OperationName, request.Variables, Options(http.RequestServices));
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            _logger.LogDebug("The client went away; operation {Operation} stopped after {Elapsed} ms.", request.OperationName, ElapsedMs(started));
            throw;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            _logger.LogDebug("The server is stopping; operation {Operation} stopped after {Elapsed} ms.", request.OperationName, ElapsedMs(started));
            return new GraphQLOutcome(Error("The server is stopping; try again shortly.", ServerErrorCodes.ServerStopping), GraphQLOutcomeKind.ServiceUnavailable);
        }

        if (costMode.Equals("report", StringComparison.OrdinalIgnoreCase))
            (result.Extensions ??= new Dictionary<string, object?>())["operationCost"] = CostExtensions(cost)["operationCost"];
        var kind = Classify(result);
        if (kind == GraphQLOutcomeKind.Timeout)
            _logger.LogDebug("Operation {Operation} exceeded the execution timeout; stopped after {Elapsed} ms.", request.OperationName, ElapsedMs(started));
        return new GraphQLOutcome(result, kind);
    }

    /// <summary>A service scope of the request's own for one operation, reading as the request's user, disposed with the request.</summary>
    private static IServiceProvider OperationScope(HttpContext http)
    {
        var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.Response.RegisterForDisposeAsync(scope);
        Viewers.ReadAs(scope.ServiceProvider, http.User);
        return scope.ServiceProvider;
    }

    private static long ElapsedMs(long started) => (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>
    /// The document a request runs under <c>GraphQL:PersistedOperations</c> (trusted documents: automatic persisted
    /// queries, the allow-list), or the error refusing it. Every transport, HTTP and realtime alike, asks this first.
    /// </summary>
    public async ValueTask<(string? Document, GraphQLError? Refusal)> ResolveDocumentAsync(GraphQLRequest request, CancellationToken cancellationToken) =>
        _persisted is null
            ? (request.Query, request.Query is null ? PersistedOperationStore.NotSupported : null)
            : await _persisted.ResolveAsync(request, cancellationToken);

    /// <summary>The refusal of variables no operation may take (NUL characters in strings), else null; every transport asks this.</summary>
    public static GraphQLError? RefuseVariables(IReadOnlyDictionary<string, object?>? variables) =>
        NoNulCharactersRule.AnyIn(variables)
            ? new GraphQLError(NoNulCharactersRule.Message, extensions: new Dictionary<string, object?> { ["code"] = NoNulCharactersRule.Code })
            : null;

    /// <summary>
    /// The operation's static cost (<see cref="OperationCostAnalyzer"/>) with the request's variables; a refusal (with
    /// HotChocolate's codes: <c>HC0047</c> over <c>GraphQL:Limits:MaxFieldCost</c> or <c>MaxTypeCost</c>, <c>HC0082</c>
    /// for a slicing argument missing where one is required) when it may not run. Call it on a valid document.
    /// </summary>
    public CostMetrics MeasureCost(DocumentNode document, string? operationName, IReadOnlyDictionary<string, object?>? variables, out ExecutionResult? refusal)
    {
        refusal = null;
        OperationDefinitionNode operation;
        try
        {
            operation = Executor.GetOperation(document, operationName);
        }
        catch (GraphQLException)
        {
            // Execution reports the missing or ambiguous operation; it costs nothing.
            return new CostMetrics(0, 0);
        }

        var analysis = OperationCostAnalyzer.Analyze(_schema, document, operation, variables);
        var metrics = analysis.Metrics;
        var limits = _options.Limits;
        if (analysis.Errors.Count > 0)
            refusal = ExecutionResult.FromErrors(analysis.Errors);
        else if (metrics.FieldCost > limits.MaxFieldCost)
            refusal = CostError($"The maximum allowed field cost was exceeded: the operation costs {metrics.FieldCost}, at most {limits.MaxFieldCost} is allowed.", "fieldCost", metrics.FieldCost, "maxFieldCost", limits.MaxFieldCost);
        else if (metrics.TypeCost > limits.MaxTypeCost)
            refusal = CostError($"The maximum allowed type cost was exceeded: the answer may hold {metrics.TypeCost} objects, at most {limits.MaxTypeCost} are allowed.", "typeCost", metrics.TypeCost, "maxTypeCost", limits.MaxTypeCost);
        return metrics;
    }

    /// <summary>HotChocolate's <c>ErrorCodes.Execution.CostExceeded</c>.</summary>
    public const string CostExceededCode = "HC0047";

    private static ExecutionResult CostError(string message, string measured, double value, string limitName, double limit) =>
        ExecutionResult.FromError(new GraphQLError(message, extensions: new Dictionary<string, object?>
        {
            ["code"] = CostExceededCode,
            [measured] = value,
            [limitName] = limit,
        }));

    private static Dictionary<string, object?> CostExtensions(CostMetrics cost) => new()
    {
        ["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost.FieldCost, ["typeCost"] = cost.TypeCost },
    };

    /// <summary>
    /// The parsed document with its validation verdict under the server's rules (introspection off adds a rule and
    /// hides suggestions); null with the syntax errors when the query does not parse. Every transport uses this.
    /// </summary>
    public CachedDocument? GetDocument(string query, out IReadOnlyList<GraphQLError> syntaxErrors)
    {
        var key = OperationCache.ComputeHash(query);
        if (_documents.TryGet(key, out var cached))
        {
            syntaxErrors = [];
            return cached;
        }

        var document = ParseStep.Parse(query, _parser, out syntaxErrors);
        if (document is null)
            return null;

        var errors = DocumentValidator.Validate(_schema, document, _rules, _validation);
        return _documents.GetOrAdd(key, hash => new CachedDocument(hash, document, errors));
    }

    /// <summary>
    /// The one place that decides where an operation reads: a query's scope reads from the read replica
    /// (<c>ConnectionStrings:GraphReplica</c>) when one is configured and up; a mutation (its payload too), a
    /// subscription (its events follow commits the replica may not have replayed yet) and everything outside GraphQL
    /// read from the primary. Every transport calls this on the operation's scope before executing; returns whether
    /// the replica was chosen.
    /// </summary>
    public static bool ReadsFromReplica(IServiceProvider scope, OperationType? operationType) =>
        operationType == OperationType.Query && scope.GetService<DatabaseReads>()?.ReadFromReplica() == true;

    /// <summary>After a query that read from the replica: whether it failed because the replica went away, so that the
    /// caller runs it again on the primary (the replica then counts as down for <c>Database:ReplicaRetryAfter</c>).</summary>
    public static bool ReplicaFailed(ExecutionResult result, IServiceProvider scope)
    {
        if (result.Errors?.Any(e => e.Code == DatabaseUnavailable.Code) != true || scope.GetService<GraphReplica>() is not { } replica)
            return false;
        replica.Failed();
        return true;
    }

    /// <summary>The type of the operation that would run, or null when none can be picked (execution reports why).</summary>
    public static OperationType? FindOperationType(DocumentNode document, string? operationName)
    {
        try
        {
            return Executor.GetOperation(document, operationName).Operation;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    private static GraphQLOutcomeKind Classify(ExecutionResult result)
    {
        if (result.Errors?.Any(e => e.Code == DatabaseUnavailable.Code) == true)
            return GraphQLOutcomeKind.ServiceUnavailable;
        if (result.HasData)
            return GraphQLOutcomeKind.Executed;
        if (result.Errors is { Count: 1 } errors && errors[0].Code == ErrorCodes.RequestTimeout)
            return GraphQLOutcomeKind.Timeout;
        return GraphQLOutcomeKind.RequestError;
    }

    private static ExecutionResult Error(string message, string code) =>
        ExecutionResult.FromError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
