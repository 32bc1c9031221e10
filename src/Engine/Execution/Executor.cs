using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// Executes validated documents (§6). Entry points: <see cref="ExecuteRequestAsync"/> for queries and
/// mutations, <see cref="SubscribeAsync"/> for subscriptions. Inputs are a parsed document and raw variables
/// (JSON-shaped CLR values); the full parse → validate → execute pipeline is <see cref="GraphQLExecutor"/>.
/// </summary>
public static partial class Executor
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>
    /// ExecuteRequest (§6.1): picks the operation (GetOperation), coerces the variables (CoerceVariableValues)
    /// and executes the operation. Request errors (unknown operation, invalid variables) give a result
    /// without data. A subscription operation runs its selection set once against the root value, as
    /// graphql-js's <c>execute</c> does; use <see cref="SubscribeAsync"/> for a stream.
    /// </summary>
    public static ValueTask<ExecutionResult> ExecuteRequestAsync(
        GraphSchema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        ExecutionOptions? options = null)
    {
        options ??= ExecutionOptions.Default;
        if (EngineActivities.Source.HasListeners())
        {
            return TracedAsync(schema, document, operationName, variableValues, options);
        }

        if (!TryPrepare(schema, document, operationName, variableValues, options, out var operation, out var variables, out var errors))
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
        }

        return ExecuteOperationAsync(schema, document, operation, variables, options);
    }

    /// <summary>The same under a <c>GraphQL Execute</c> span; async, so the span is current only inside it.</summary>
    private static async ValueTask<ExecutionResult> TracedAsync(
        GraphSchema schema, DocumentNode document, string? operationName, IReadOnlyDictionary<string, object?>? variableValues, ExecutionOptions options)
    {
        using var activity = EngineActivities.Source.StartActivity("GraphQL Execute");
        if (!TryPrepare(schema, document, operationName, variableValues, options, out var operation, out var variables, out var errors))
        {
            EngineActivities.Failed(activity, errors.Count);
            return ExecutionResult.FromErrors(errors);
        }

        activity?.SetTag("graphql.operation.type", operation.Operation.ToString().ToLowerInvariant());
        var result = await ExecuteOperationAsync(schema, document, operation, variables, options).ConfigureAwait(false);
        EngineActivities.Failed(activity, result.Errors?.Count ?? 0);
        return result;
    }

    /// <summary>
    /// Runs an operation whose variables are already coerced: ExecuteQuery (§6.2.1) or ExecuteMutation (§6.2.2),
    /// under the request's cancellation token and timeout.
    /// </summary>
    public static async ValueTask<ExecutionResult> ExecuteOperationAsync(
        GraphSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> coercedVariables,
        ExecutionOptions options)
    {
        options.CancellationToken.ThrowIfCancellationRequested();
        CancellationTokenSource? timeoutSource = null;
        var token = options.CancellationToken;
        if (options.Timeout is { } timeout)
        {
            timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeoutSource.CancelAfter(timeout);
            token = timeoutSource.Token;
        }

        try
        {
            var executor = CreateExecutor(schema, document, operation, coercedVariables, options, token);
            var running = executor.ExecuteOperationAsync(options.RootValue);
            ExecutionResult result;
            if (running.IsCompleted)
            {
                result = running.Result;
            }
            else if (!token.CanBeCanceled)
            {
                result = await running.ConfigureAwait(false);
            }
            else
            {
                var task = running.AsTask();
                try
                {
                    result = await task.WaitAsync(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // The resolvers see the token too: wait for them to stop (and give back what they hold) before the
                    // caller ends the request's scope, up to the grace; past it the work is handed to the caller.
                    await SettleAsync(task, options).ConfigureAwait(false);
                    throw;
                }
            }

            options.CancellationToken.ThrowIfCancellationRequested();
            return timeoutSource?.IsCancellationRequested == true ? TimeoutResult(options.Timeout!.Value) : result;
        }
        catch (OperationCanceledException) when (timeoutSource?.IsCancellationRequested == true && !options.CancellationToken.IsCancellationRequested)
        {
            return TimeoutResult(options.Timeout!.Value);
        }
        finally
        {
            timeoutSource?.Dispose();
        }
    }

    /// <summary>
    /// Waits up to <see cref="ExecutionOptions.CancellationGrace"/> for a cancelled execution's resolvers to stop; work
    /// still running then goes to <see cref="ExecutionOptions.Abandoned"/> (or is left alone without one). Its outcome
    /// is observed either way, so no failure of a cancelled resolver goes unobserved.
    /// </summary>
    private static async Task SettleAsync(Task running, ExecutionOptions options)
    {
        _ = running.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (running.IsCompleted)
        {
            return;
        }

        var grace = options.CancellationGrace;
        if (grace > TimeSpan.Zero)
        {
            await ((Task)running.WaitAsync(grace)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!running.IsCompleted)
        {
            options.Abandoned?.Invoke(running);
        }
    }

    /// <summary>
    /// GetOperation (§6.1.1): the operation named <paramref name="operationName"/>, or the only operation.
    /// Throws <see cref="GraphQLException"/> worded like graphql-js otherwise.
    /// </summary>
    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    throw new GraphQLException(new GraphQLError("Must provide operation name if query contains multiple operations."));
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        if (found is null)
        {
            throw new GraphQLException(new GraphQLError(
                operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\"."));
        }

        return found;
    }

    internal static bool TryPrepare(
        GraphSchema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variableValues,
        ExecutionOptions options,
        out OperationDefinitionNode operation,
        out IReadOnlyDictionary<string, object?> variables,
        out IReadOnlyList<GraphQLError> errors)
    {
        variables = NoVariables;
        try
        {
            operation = GetOperation(document, operationName);
        }
        catch (GraphQLException exception)
        {
            operation = null!;
            errors = Filter(exception.Errors, options);
            return false;
        }

        var coerced = VariableValues.CoerceVariableValues(
            schema, operation, variableValues, options.HideSuggestions, options.MaxCoercionErrors);
        if (coerced.HasErrors)
        {
            errors = Filter(coerced.Errors, options);
            return false;
        }

        variables = coerced.Coerced;
        errors = [];
        return true;
    }

    internal static OperationExecutor CreateExecutor(
        GraphSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        CancellationToken token)
    {
        var fragments = OperationPlanCache.GetFragments(document);
        return new OperationExecutor(
            schema, operation, fragments, variables, options, token, OperationPlanCache.Get(schema, operation, fragments));
    }

    internal static IReadOnlyList<GraphQLError> Filter(IReadOnlyList<GraphQLError> errors, ExecutionOptions options)
    {
        if (options.ErrorFilters.Count == 0)
        {
            return errors;
        }

        var filtered = new GraphQLError[errors.Count];
        for (var i = 0; i < filtered.Length; i++)
        {
            filtered[i] = options.Filter(errors[i]);
        }

        return filtered;
    }

    private static ExecutionResult TimeoutResult(TimeSpan timeout) =>
        ExecutionResult.FromError(new GraphQLError(
            $"The request exceeded the configured timeout of {timeout.TotalMilliseconds:0} ms.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.RequestTimeout }));
}
