using Graph.Engine.Execution;

namespace Graph.Schema.Relay;

/// <summary>Fetches a node of one type by the key inside its global ID; null when there is none (or the caller may not see it).</summary>
public delegate ValueTask<object?> NodeResolver(NodeId id, IResolverContext context);

/// <summary>
/// How <c>node(id:)</c> and <c>nodes(ids:)</c> fetch each node type: modules register one resolver per GraphQL type
/// name (<see cref="Composition.SchemaModuleBuilder.Nodes"/>). Thread-safe for reads once the schema is built.
/// </summary>
public sealed class NodeResolverRegistry
{
    private readonly Dictionary<string, NodeResolver> _resolvers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> TypeNames => _resolvers.Keys;

    public NodeResolverRegistry Add(string typeName, NodeResolver resolver)
    {
        if (!_resolvers.TryAdd(typeName, resolver))
            throw new InvalidOperationException($"A node resolver for type \"{typeName}\" is already registered.");
        return this;
    }

    /// <summary>A resolver for a type keyed by UUID; an ID whose key is not a UUID resolves to null.</summary>
    public NodeResolverRegistry AddGuidKeyed(string typeName, Func<Guid, IResolverContext, ValueTask<object?>> resolve) =>
        Add(typeName, (id, context) => id.TryGetGuid(out var key) ? resolve(key, context) : new ValueTask<object?>((object?)null));

    /// <summary>A resolver for a type keyed by an integer; an ID whose key is not an integer resolves to null.</summary>
    public NodeResolverRegistry AddInt64Keyed(string typeName, Func<long, IResolverContext, ValueTask<object?>> resolve) =>
        Add(typeName, (id, context) => id.TryGetInt64(out var key) ? resolve(key, context) : new ValueTask<object?>((object?)null));

    public bool TryGet(string typeName, out NodeResolver resolver) => _resolvers.TryGetValue(typeName, out resolver!);
}
