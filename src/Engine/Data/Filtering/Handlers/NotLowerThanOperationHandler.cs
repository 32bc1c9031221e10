namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>nlt</c>: not lower than the value (null members match).</summary>
public sealed class NotLowerThanOperationHandler() : NegatedOperationHandler(new LowerThanOperationHandler())
{
    public override string Name => "nlt";
}
