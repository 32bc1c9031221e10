using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// ExecuteQuery (§6.2.1) and ExecuteMutation (§6.2.2): runs the root selection set — its fields concurrently
    /// for queries, serially for mutations — and builds the response. An error that propagates to the root
    /// makes <c>data</c> null.
    /// </summary>
    public async ValueTask<ExecutionResult> ExecuteOperationAsync(object? rootValue, bool? serially = null)
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
        {
            Errors.Add(
                [GraphQLError.FromNodes($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", Operation)],
                null);
            return ExecutionResult.FromData(null, Errors.ToList());
        }

        object? data;
        Scheduler.Enter();
        try
        {
            var plan = GetRootPlan(rootType);
            var executing = serially ?? Operation.Operation == OperationType.Mutation
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
