namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>ngt</c>: not greater than the value (null members match).</summary>
public sealed class NotGreaterThanOperationHandler() : NegatedOperationHandler(new GreaterThanOperationHandler())
{
    public override string Name => "ngt";
}
