using Graph.Engine.Types;

namespace Graph.Schema.StatusChanges;

/// <summary>What every error in a mutation payload's <c>errors</c> has, as in HotChocolate's mutation conventions.</summary>
[GraphQLName("Error")]
[GraphQLDescription("An error a mutation answers in its payload instead of making the change.")]
public interface IMutationError
{
    string Message { get; }
}

[GraphQLDescription("The requested status is not reachable from the current one (or is the current one).")]
public sealed record InvalidStatusTransitionError(string Message, string From, string To) : IMutationError;

[GraphQLDescription("No node with the given ID exists, or the caller may not see it.")]
public sealed record NotFoundError(string Message, [property: ID] string Id) : IMutationError
{
    public static NotFoundError For(string typeName, string id) => new($"No {typeName} has the ID \"{id}\".", id);
}

[GraphQLDescription("The amount is not positive or is more than what is left to pay.")]
public sealed record InvalidAmountError(string Message, decimal Amount, decimal Remaining) : IMutationError;
