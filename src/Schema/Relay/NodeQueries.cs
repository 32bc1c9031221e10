using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Schema.Relay;

/// <summary>The Relay root fields <c>node(id:)</c> and <c>nodes(ids:)</c> (HotChocolate's global object identification).</summary>
[ExtendObjectType(OperationTypeNames.Query)]
public sealed class NodeQueries
{
    /// <summary>HotChocolate's default cap on <c>nodes(ids:)</c>.</summary>
    public const int MaxNodesPerRequest = 50;

    [GraphQLDescription("Fetches an object given its ID.")]
    public ValueTask<INode?> Node(
        [ID, GraphQLDescription("ID of the object.")] string id,
        IResolverContext context,
        [Service] NodeResolverRegistry registry) =>
        ResolveAsync(id, context.Path, context, registry);

    [GraphQLDescription("Lookup nodes by a list of IDs.")]
    public async ValueTask<IReadOnlyList<INode?>> Nodes(
        [ID, GraphQLDescription("The list of node IDs.")] IReadOnlyList<string> ids,
        IResolverContext context,
        [Service] NodeResolverRegistry registry)
    {
        if (ids.Count > MaxNodesPerRequest)
            throw new Graph.Engine.GraphQLException(NodeErrors.TooManyNodes(ids.Count, MaxNodesPerRequest, context));

        // Every lookup starts before any is awaited, so the node resolvers' DataLoaders fetch each type in one batch.
        var pending = new Task<INode?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
            pending[i] = ResolveAsync(ids[i], context.Path.Append(i), context, registry).AsTask();
        return await Task.WhenAll(pending);
    }

    /// <summary>An ID that does not parse, or names a type without a resolver, gives null and an error at its path.</summary>
    private static async ValueTask<INode?> ResolveAsync(string id, ResponsePath path, IResolverContext context, NodeResolverRegistry registry)
    {
        if (!NodeId.TryParse(id, out var nodeId))
        {
            context.ReportError(NodeErrors.InvalidId(id, context, path));
            return null;
        }

        if (!registry.TryGet(nodeId.TypeName, out var resolver))
        {
            context.ReportError(NodeErrors.UnknownType(nodeId.TypeName, context, path));
            return null;
        }

        return await resolver(nodeId, context) switch
        {
            null => null,
            INode node => node,
            var other => throw new InvalidOperationException(
                $"The node resolver of \"{nodeId.TypeName}\" returned a {other.GetType()}, which does not implement {nameof(INode)}."),
        };
    }
}
