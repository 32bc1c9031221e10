namespace Graph.Engine.Types;

/// <summary>The default names of the root operation types, for <see cref="ExtendObjectTypeAttribute"/>.</summary>
public static class OperationTypeNames
{
    public const string Query = "Query";
    public const string Mutation = "Mutation";
    public const string Subscription = "Subscription";
}
