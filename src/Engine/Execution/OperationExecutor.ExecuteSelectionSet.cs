using Graph.Engine.Types;

namespace Graph.Engine.Execution;

internal sealed partial class OperationExecutor
{
    /// <summary>
    /// ExecuteSelectionSet (§6.3) "normally": starts every field of the selection set before awaiting any, so
    /// independent resolvers run concurrently; fields whose resolvers complete synchronously cost no task.
    /// Returns the <see cref="ResultMap"/>, or fails when a non-null field error propagates to this object.
    /// </summary>
    private ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, ObjectType objectType, object? objectValue, ResponsePath? path)
    {
        var map = ResultMap.ForKeys(plan.Keys, plan.EncodedKeys);
        PendingValues? pending = null;
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var executing = ExecuteField(objectType, objectValue, field, path);
            if (executing.IsCompleted)
            {
                // A propagating error surfaces here and stops the remaining fields, as in graphql-js.
                map.Set(i, executing.Result);
            }
            else
            {
                (pending ??= new PendingValues(map.RawValues, Work)).Track(executing, i);
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitValues(pending, map);
    }

    private static async ValueTask<object?> AwaitValues(PendingValues pending, object result)
    {
        await pending.WhenAll().ConfigureAwait(false);
        return result;
    }
}
