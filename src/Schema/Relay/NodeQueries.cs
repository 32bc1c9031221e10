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
        throw new InvalidOperationException("Query.node resolves through ResolveNodeAsync.");

    [GraphQLDescription("Lookup nodes by a list of IDs.")]
    public ValueTask<IReadOnlyList<INode?>> Nodes(
        [ID, GraphQLDescription("The list of node IDs.")] IReadOnlyList<string> ids,
        IResolverContext context,
        [Service] NodeResolverRegistry registry)
        => throw new InvalidOperationException("Query.nodes resolves through ResolveNodesAsync.");

    // The typed methods above give the fields their schema shape; these resolvers run them, so a node may be any
    // object whose GraphQL type implements Node (e.g. an EF entity, which cannot implement INode).

    /// <summary>The resolver of <c>node(id:)</c>.</summary>
    internal static async ValueTask<object?> ResolveNodeAsync(IResolverContext context) =>
        await ResolveAsync(context.Arguments["id"]?.ToString() ?? "", context.Path, context, Registry(context));

    /// <summary>The resolver of <c>nodes(ids:)</c>.</summary>
    internal static async ValueTask<object?> ResolveNodesAsync(IResolverContext context)
    {
        var ids = ((System.Collections.IEnumerable)context.Arguments["ids"]!).Cast<object?>().Select(i => i?.ToString() ?? "").ToList();
        if (ids.Count > MaxNodesPerRequest)
            throw new Graph.Engine.GraphQLException(NodeErrors.TooManyNodes(ids.Count, MaxNodesPerRequest, context));

        // Every lookup starts before any is awaited, so the node resolvers' DataLoaders fetch each type in one batch.
        var registry = Registry(context);
        var pending = new Task<object?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
            pending[i] = ResolveAsync(ids[i], context.Path.Append(i), context, registry).AsTask();
        return await Task.WhenAll(pending);
    }

    private static NodeResolverRegistry Registry(IResolverContext context) =>
        context.Services.GetService(typeof(NodeResolverRegistry)) as NodeResolverRegistry
        ?? throw new InvalidOperationException("No NodeResolverRegistry is registered.");

    /// <summary>An ID that does not parse, or names a type without a resolver, gives null and an error at its path.</summary>
    private static async ValueTask<object?> ResolveAsync(string id, ResponsePath path, IResolverContext context, NodeResolverRegistry registry)
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
            var other when IsNode(other, context) => other,
            var other => throw new InvalidOperationException(
                $"The node resolver of \"{nodeId.TypeName}\" returned a {other.GetType()}, which does not implement {nameof(INode)}."),
        };
    }

    private static bool IsNode(object value, IResolverContext context) =>
        context.Schema.Types.OfType<ObjectType>().Any(t =>
            t.IsTypeOf?.Invoke(value) == true && t.Interfaces.Any(i => i.Name == "Node"));
}
