using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>Runs the operation by its type: ExecuteQuery, ExecuteMutation, or one subscription event.</summary>
    public ValueTask<ExecutionResult> ExecuteOperationAsync(object? rootValue) => Operation.Operation switch
    {
        OperationType.Mutation => ExecuteMutationAsync(rootValue),
        OperationType.Subscription => ExecuteSubscriptionEventAsync(rootValue),
        _ => ExecuteQueryAsync(rootValue),
    };

    /// <summary>ExecuteQuery (§6.2.1): the root selection set "normally", i.e. its fields concurrently.</summary>
    public ValueTask<ExecutionResult> ExecuteQueryAsync(object? rootValue) => ExecuteRootSelectionSetAsync(rootValue, serially: false);

    /// <summary>ExecuteMutation (§6.2.2): the root fields serially, each with its sub-tree before the next.</summary>
    public ValueTask<ExecutionResult> ExecuteMutationAsync(object? rootValue) => ExecuteRootSelectionSetAsync(rootValue, serially: true);

    /// <summary>ExecuteSubscriptionEvent (§6.2.3.2): the selection set "normally" with the event as root value.</summary>
    public ValueTask<ExecutionResult> ExecuteSubscriptionEventAsync(object? sourceEvent) => ExecuteRootSelectionSetAsync(sourceEvent, serially: false);

    /// <summary>
    /// Runs the root selection set and builds the response. An error that propagates to the root makes
    /// <c>data</c> null; a missing root type is an error like graphql-js's.
    /// </summary>
    private async ValueTask<ExecutionResult> ExecuteRootSelectionSetAsync(object? rootValue, bool serially)
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
        {
            Errors.Add(
                [GraphQLError.FromNodes($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", Operation)],
                null);
            return ExecutionResult.FromData(null, Errors.ToList());
        }

        // Resolvers run free of the caller's SynchronizationContext (a UI's or a test framework's): continuations posted
        // to it would resume outside the scheduler's counted segments and split a level's loads over several batches.
        // The async method builder gives the caller its context back when this method first yields or returns.
        SynchronizationContext.SetSynchronizationContext(null);
        object? data;
        Scheduler.Enter();
        try
        {
            var plan = GetRootPlan(rootType);
            var executing = serially
                ? ExecuteSelectionSetSerially(plan, rootType, rootValue)
                : ExecuteSelectionSet(plan, rootType, rootValue, null);
            if (executing.IsCompleted)
            {
                data = executing.Result;
            }
            else
            {
                Scheduler.Leave();
                try
                {
                    data = await executing.ConfigureAwait(false);
                }
                finally
                {
                    Scheduler.Enter();
                }
            }
        }
        catch (Exception exception)
        {
            Errors.Add(RootErrors(exception), null);
            data = null;
        }
        finally
        {
            Scheduler.Leave();
        }

        var settled = Work.WhenSettled();
        if (!settled.IsCompleted)
        {
            await settled.ConfigureAwait(false);
        }

        // Batches whose waiting resolvers were cancelled still hold their connections until they stop.
        var batches = Scheduler.WhenBatchesSettled();
        if (!batches.IsCompleted)
        {
            await batches.ConfigureAwait(false);
        }

        return ExecutionResult.FromData((ResultMap?)data, Errors.ToList());
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private IReadOnlyList<GraphQLError> RootErrors(Exception exception) => exception switch
    {
        FieldErrorException propagated => propagated.Errors,
        GraphQLException graphQLException => graphQLException.Errors,
        _ => [UnexpectedError(exception, [], null)],
    };

    /// <summary>
    /// ExecuteSelectionSet (§6.3) for mutations: each root field, with its whole sub-tree, completes before the
    /// next one starts (§6.2.2 "executed serially").
    /// </summary>
    private async ValueTask<object?> ExecuteSelectionSetSerially(SelectionPlan plan, ObjectType objectType, object? rootValue)
    {
        var map = ResultMap.ForKeys(plan.Keys, plan.EncodedKeys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var field = plan.Fields[i];
            var executing = ExecuteField(objectType, rootValue, field, null);
            map.Set(i, executing.IsCompleted ? executing.Result : await executing.ConfigureAwait(false));
        }

        return map;
    }
}
