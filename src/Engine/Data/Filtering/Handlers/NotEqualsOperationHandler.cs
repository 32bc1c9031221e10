namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>neq</c>: not equal to the value (null differs from every value); <c>neq: null</c> matches non-null.</summary>
public sealed class NotEqualsOperationHandler() : NegatedOperationHandler(new EqualsOperationHandler())
{
    public override string Name => "neq";
}
