namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>nstartsWith</c>: the text does not start with the value (null text matches).</summary>
public sealed class NotStartsWithOperationHandler() : NegatedOperationHandler(new StartsWithOperationHandler())
{
    public override string Name => "nstartsWith";
}
