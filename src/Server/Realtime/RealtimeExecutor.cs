using Graph.Engine;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Schema.Authorization;
using Graph.Server.Execution;

namespace Graph.Server.Realtime;

/// <summary>
/// Runs one operation for a realtime transport: parse and validate through the operation cache, then execute
/// (queries, mutations) or subscribe, in a service scope of its own with the connection's identity.
/// </summary>
public sealed class RealtimeExecutor(IServiceScopeFactory scopes, GraphQLRequestExecutor requests)
{

    public GraphSchema Schema => requests.Schema;

    /// <param name="allowMutations">False for GET requests: a mutation is then not run (<see cref="RealtimeOperation.IsRefusedMutation"/>).</param>
    public async ValueTask<RealtimeOperation> StartAsync(ExecutionRequest request, ConnectionAuthentication identity, CancellationToken cancellationToken, bool allowMutations = true)
    {
        using var telemetry = requests.Telemetry.StartOperation("realtime");
        // The same trusted-documents and variable checks as over HTTP.
        var (text, untrusted) = await requests.ResolveDocumentAsync(
            new GraphQLRequest(request.Query, request.OperationName, request.Variables, request.Extensions), cancellationToken);
        var refused = text is null ? untrusted! : GraphQLRequestExecutor.RefuseVariables(request.Variables);
        if (refused is not null)
        {
            telemetry.Complete(ExecutionResult.FromError(refused));
            return RealtimeOperation.Rejected([refused]);
        }

        var scope = scopes.CreateAsyncScope();
        var executionOptions = CreateOptions(scope.ServiceProvider, identity, cancellationToken);
        var document = requests.GetDocument(text!, out var syntaxErrors);
        if (document is null || document.ValidationErrors.Count > 0)
        {
            await scope.DisposeAsync();
            var errors = document is null ? syntaxErrors : document.ValidationErrors;
            telemetry.Complete(ExecutionResult.FromErrors(errors));
            return RealtimeOperation.Rejected(errors);
        }

        telemetry.Describe(document, request.OperationName);

        try
        {
            requests.MeasureCost(document.Document, request.OperationName, request.Variables, out var refusal);
            if (refusal is not null)
            {
                await scope.DisposeAsync();
                return RealtimeOperation.Rejected(refusal.Errors!);
            }

            var type = GraphQLRequestExecutor.FindOperationType(document.Document, request.OperationName);
            if (type == OperationType.Mutation && !allowMutations)
            {
                await scope.DisposeAsync();
                return RealtimeOperation.RefusedMutation();
            }

            if (type == OperationType.Subscription)
            {
                var subscription = await Executor.SubscribeAsync(Schema, document.Document, request.OperationName, request.Variables, executionOptions);
                telemetry.Complete(subscription.ErrorResult ?? ExecutionResult.FromErrors([]));
                return RealtimeOperation.Running(
                    subscription.Stream is { } stream ? requests.Telemetry.CountActive(stream) : Single(subscription.ErrorResult!), type, scope);
            }

            var fromReplica = GraphQLRequestExecutor.ReadsFromReplica(scope.ServiceProvider, type);
            var result = await Executor.ExecuteRequestAsync(Schema, document.Document, request.OperationName, request.Variables, executionOptions);
            if (fromReplica && GraphQLRequestExecutor.ReplicaFailed(result, scope.ServiceProvider))
            {
                // The replica went away under the query: it runs again in a fresh scope, reading from the primary.
                await scope.DisposeAsync();
                scope = scopes.CreateAsyncScope();
                executionOptions = CreateOptions(scope.ServiceProvider, identity, cancellationToken);
                result = await Executor.ExecuteRequestAsync(Schema, document.Document, request.OperationName, request.Variables, executionOptions);
            }

            telemetry.Complete(result);
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

        contextData[AuthorizationSchema.ClaimsPrincipalKey] = identity.User;
        Viewers.ReadAs(scoped, identity.User);
        return new ExecutionOptions
        {
            CancellationToken = cancellationToken,
            Services = scoped,
            ContextData = contextData,
            ErrorFilters = [requests.CreateErrorFilter()],
            IncludeExceptionDetails = false,
            HideSuggestions = requests.HideSuggestions,
            TraceResolvers = requests.TraceResolvers,
        };
    }



#pragma warning disable CS1998 // an async iterator of one item
    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        yield return result;
    }
#pragma warning restore CS1998
}
