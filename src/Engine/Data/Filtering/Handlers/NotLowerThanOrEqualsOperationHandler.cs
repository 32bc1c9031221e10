namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>nlte</c>: not lower than or equal to the value (null members match).</summary>
public sealed class NotLowerThanOrEqualsOperationHandler() : NegatedOperationHandler(new LowerThanOrEqualsOperationHandler())
{
    public override string Name => "nlte";
}
