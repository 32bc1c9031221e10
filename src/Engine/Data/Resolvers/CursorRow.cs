namespace Graph.Engine.Data.Resolvers;

/// <summary>A page's row that carries its cursor values as the query computed them (<see cref="DataQueryPlan.KeysInRow"/>).</summary>
public sealed class CursorRow<T> : ICursorRow
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];

    object? ICursorRow.Node => Node;
}
