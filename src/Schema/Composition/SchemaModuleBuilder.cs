using Graph.Engine.Types;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Graph.Schema.Data.Entities;
using Graph.Schema.Relay;

namespace Graph.Schema.Composition;

/// <summary>What a <see cref="ISchemaModule"/> contributes to the one schema, over the engine's code-first builder.</summary>
public sealed class SchemaModuleBuilder
{
    private readonly HashSet<string> _extendedTypes = new(StringComparer.Ordinal);

    internal SchemaModuleBuilder(SchemaBuilder builder, NodeResolverRegistry nodes, AccessPolicy access)
    {
        Builder = builder;
        Nodes = nodes;
        Access = access;
    }

    /// <summary>The engine's builder, for what this facade does not cover (scalars, directives, conventions).</summary>
    public SchemaBuilder Builder { get; }

    /// <summary>Where the module registers how <c>node(id:)</c> fetches each of its node types.</summary>
    public NodeResolverRegistry Nodes { get; }

    /// <summary>Adds a CLR type no field reaches, e.g. an implementation of an interface.</summary>
    public SchemaModuleBuilder AddType<T>()
    {
        Builder.AddType<T>();
        return this;
    }

    /// <summary>
    /// Adds the fields of a class marked <c>[ExtendObjectType(OperationTypeNames.Query)]</c> (or Mutation,
    /// Subscription, or any object type's name). A root operation type exists once some module extends it.
    /// </summary>
    public SchemaModuleBuilder AddTypeExtension<T>()
    {
        Builder.AddTypeExtension<T>();
        var target = (ExtendObjectTypeAttribute?)Attribute.GetCustomAttribute(typeof(T), typeof(ExtendObjectTypeAttribute));
        if (target is not null)
            _extendedTypes.Add(target.Name);
        return this;
    }

    internal List<EntityTypeOptions> Entities { get; } = [];

    internal HashSet<Type> HiddenTypes { get; } = [];

    /// <summary>Who reads which types and fields, as every module declared it.</summary>
    internal AccessPolicy Access { get; }

    /// <summary>
    /// Shows an EF entity as a <c>Node</c> type named as its class (global <c>id</c>, fetched by <c>node(id:)</c>
    /// through the batched <see cref="EntityLoader{T}"/>, reading what the selection asks), with <c>create</c>/<c>update</c>/<c>delete</c> mutations,
    /// as <paramref name="declare"/> describes it: descriptions, connections, who reads and who writes.
    /// </summary>
    public SchemaModuleBuilder Node<T>(Action<NodeType<T>>? declare = null)
        where T : Entity
    {
        var options = new EntityTypeOptions(typeof(T), typeof(T).Name);
        declare?.Invoke(new NodeType<T>(options, Access));
        Entities.Add(options);
        Access.Writes.Add(options.TypeName, options.Writes);
        Builder.AddType<T>();
        Nodes.AddGuidKeyed(options.TypeName, async (key, context) =>
            await EntityLoader<T>.Selecting(context).LoadAsync(key, context.RequestAborted).ConfigureAwait(false));
        return this;
    }

    /// <summary>Keeps a CLR type a navigation would reach (e.g. secrets) out of the schema.</summary>
    public SchemaModuleBuilder HideType<T>()
    {
        HiddenTypes.Add(typeof(T));
        return this;
    }

    internal bool Extends(string typeName) => _extendedTypes.Contains(typeName);
}
