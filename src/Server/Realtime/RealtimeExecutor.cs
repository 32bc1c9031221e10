using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Microsoft.Extensions.Options;

namespace Graph.Server.Realtime;

/// <summary>
/// Runs one operation for a realtime transport: parse and validate through the operation cache, then execute
/// (queries, mutations) or subscribe, in a service scope of its own with the connection's identity.
/// </summary>
public sealed class RealtimeExecutor(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IOptions<RealtimeOptions> options,
    IEnumerable<IErrorFilter> errorFilters,
    IHostEnvironment environment)
{
    /// <summary>Where resolvers find the caller, as in HotChocolate (<c>nameof(ClaimsPrincipal)</c>).</summary>
    public const string ClaimsPrincipalKey = "ClaimsPrincipal";

    private readonly IErrorFilter[] _errorFilters = errorFilters.ToArray();
    private GraphSchema? _schema;

    public GraphSchema Schema => _schema ??= options.Value.Schema ?? services.GetRequiredService<GraphSchema>();

    /// <param name="allowMutations">False for GET requests: a mutation is then not run (<see cref="RealtimeOperation.IsRefusedMutation"/>).</param>
    public async ValueTask<RealtimeOperation> StartAsync(ExecutionRequest request, ConnectionAuthentication identity, CancellationToken cancellationToken, bool allowMutations = true)
    {
        var scope = scopes.CreateAsyncScope();
        var executionOptions = CreateOptions(scope.ServiceProvider, identity, cancellationToken);
        var document = DocumentStep.GetDocument(Schema, request.Query, executionOptions, out var syntaxErrors);
        if (document is null || document.ValidationErrors.Count > 0)
        {
            await scope.DisposeAsync();
            return RealtimeOperation.Rejected(Filter(document is null ? syntaxErrors : document.ValidationErrors));
        }

        try
        {
            var type = FindOperationType(document.Document, request.OperationName);
            if (type == OperationType.Mutation && !allowMutations)
            {
                await scope.DisposeAsync();
                return RealtimeOperation.RefusedMutation();
            }

            if (type == OperationType.Subscription)
            {
                var subscription = await Executor.SubscribeAsync(Schema, document.Document, request.OperationName, request.Variables, executionOptions);
                return RealtimeOperation.Running(subscription.Stream ?? Single(subscription.ErrorResult!), type, scope);
            }

            var result = await Executor.ExecuteRequestAsync(Schema, document.Document, request.OperationName, request.Variables, executionOptions);
            return RealtimeOperation.Running(Single(result), type, scope);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private ExecutionOptions CreateOptions(IServiceProvider scoped, ConnectionAuthentication identity, CancellationToken cancellationToken)
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (identity.ContextData is { } extra)
        {
            foreach (var (key, value) in extra)
                contextData[key] = value;
        }

        contextData[ClaimsPrincipalKey] = identity.User;
        return new ExecutionOptions
        {
            CancellationToken = cancellationToken,
            Services = scoped,
            ContextData = contextData,
            ErrorFilters = _errorFilters,
            IncludeExceptionDetails = environment.IsDevelopment(),
        };
    }

    private IReadOnlyList<GraphQLError> Filter(IReadOnlyList<GraphQLError> errors)
    {
        if (_errorFilters.Length == 0)
            return errors;
        var filtered = new GraphQLError[errors.Count];
        for (var i = 0; i < filtered.Length; i++)
        {
            var error = errors[i];
            foreach (var filter in _errorFilters)
                error = filter.OnError(error);
            filtered[i] = error;
        }

        return filtered;
    }

    /// <summary>GetOperation (§6.1) for routing only: null when the name does not pick one (execution then reports it).</summary>
    private static OperationType? FindOperationType(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
                continue;
            if (operationName is null)
            {
                if (found is not null)
                    return null;
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation.Operation;
            }
        }

        return found?.Operation;
    }

#pragma warning disable CS1998 // an async iterator of one item
    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        yield return result;
    }
#pragma warning restore CS1998
}
