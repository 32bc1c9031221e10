namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>ngte</c>: not greater than or equal to the value (null members match).</summary>
public sealed class NotGreaterThanOrEqualsOperationHandler() : NegatedOperationHandler(new GreaterThanOrEqualsOperationHandler())
{
    public override string Name => "ngte";
}
