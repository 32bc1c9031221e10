namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>nendsWith</c>: the text does not end with the value (null text matches).</summary>
public sealed class NotEndsWithOperationHandler() : NegatedOperationHandler(new EndsWithOperationHandler())
{
    public override string Name => "nendsWith";
}
