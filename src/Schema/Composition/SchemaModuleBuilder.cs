using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Schema.Authorization;
using Graph.Schema.Data.Entities;
using Graph.Schema.Relay;

namespace Graph.Schema.Composition;

/// <summary>What a <see cref="ISchemaModule"/> contributes to the one schema, over the engine's code-first builder.</summary>
public sealed class SchemaModuleBuilder
{
    private readonly HashSet<string> _extendedTypes = new(StringComparer.Ordinal);

    internal SchemaModuleBuilder(SchemaBuilder builder, NodeResolverRegistry nodes)
    {
        Builder = builder;
        Nodes = nodes;
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

    internal List<(string Coordinate, Action<DataFieldOptions>? Configure)> DataFields { get; } = [];

    /// <summary>
    /// Shows an EF entity as an object type implementing <c>Node</c> (global <c>id</c>); <paramref name="configure"/>
    /// hides fields and describes it. Register its node resolver with <see cref="Nodes"/>.
    /// </summary>
    public SchemaModuleBuilder AddEntityType<T>(Action<EntityTypeOptions>? configure = null)
    {
        var options = new EntityTypeOptions(typeof(T));
        configure?.Invoke(options);
        Entities.Add(options);
        Builder.AddType<T>();
        return this;
    }

    /// <summary>Keeps a CLR type a navigation would reach (e.g. secrets) out of the schema.</summary>
    public SchemaModuleBuilder HideType<T>()
    {
        HiddenTypes.Add(typeof(T));
        return this;
    }

    /// <summary>Makes <c>Type.field</c> (e.g. an entity's navigation collection) a data field: filter, sort, page, aggregate.</summary>
    public SchemaModuleBuilder AddDataField(string coordinate, Action<DataFieldOptions>? configure = null)
    {
        DataFields.Add((coordinate, configure));
        return this;
    }

    internal List<AccessPolicy> AccessPolicies { get; } = [];

    /// <summary>Guards the schema's types and fields as <paramref name="policy"/> says (as <c>@authorize</c>s).</summary>
    public SchemaModuleBuilder AddAccessPolicy(AccessPolicy policy)
    {
        AccessPolicies.Add(policy);
        return this;
    }

    internal bool Extends(string typeName) => _extendedTypes.Contains(typeName);
}
