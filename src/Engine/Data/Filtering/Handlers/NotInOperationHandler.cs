namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>nin</c>: equal to none of the values.</summary>
public sealed class NotInOperationHandler() : NegatedOperationHandler(new InOperationHandler())
{
    public override string Name => "nin";
}
