namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>ncontains</c>: the text does not contain the value (null text matches).</summary>
public sealed class NotContainsOperationHandler() : NegatedOperationHandler(new ContainsOperationHandler())
{
    public override string Name => "ncontains";
}
