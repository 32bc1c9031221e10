using System.Collections.Concurrent;
using System.Reflection;
using Graph.Engine.Types;

namespace Graph.Engine.Data;

/// <summary>
/// How an object type maps to its CLR type: which GraphQL fields read which properties (only properties can be
/// filtered, sorted and projected), and which properties form the key. Computed once per schema build.
/// </summary>
internal sealed class EntityMetadata
{
    private readonly Dictionary<string, PropertyInfo> _properties;

    private EntityMetadata(ObjectType type, Type clrType, Dictionary<string, PropertyInfo> properties, IReadOnlyList<PropertyInfo> key)
    {
        Type = type;
        ClrType = clrType;
        _properties = properties;
        Key = key;
    }

    public ObjectType Type { get; }

    public Type ClrType { get; }

    /// <summary>The primary key (empty when none is known).</summary>
    public IReadOnlyList<PropertyInfo> Key { get; }

    /// <summary>Whether instances can be built with <c>new T { A = …, B = … }</c> (what projections emit).</summary>
    public bool CanProject => ClrType.GetConstructor(System.Type.EmptyTypes) is not null && !ClrType.IsAbstract;

    public PropertyInfo? GetProperty(string fieldName) => _properties.GetValueOrDefault(fieldName);

    public IEnumerable<(OutputField Field, PropertyInfo Property)> Fields()
    {
        foreach (var field in Type.Fields)
        {
            if (_properties.TryGetValue(field.Name, out var property))
            {
                yield return (field, property);
            }
        }
    }

    /// <summary>Metadata of every code-first object type, by CLR type.</summary>
    internal sealed class Registry(QueryableProvider provider, IEnumerable<NamedType> types)
    {
        /// <summary>Where the schema keeps its registry (<see cref="GraphSchema.ContextData"/>).</summary>
        public const string SchemaKey = "Graph.Engine.Data.EntityMetadata";

        private readonly Dictionary<Type, ObjectType> _objectTypes = types.OfType<ObjectType>()
            .Where(t => t.RuntimeType is not null)
            .GroupBy(t => t.RuntimeType!)
            .ToDictionary(g => g.Key, g => g.First());

        private readonly ConcurrentDictionary<Type, EntityMetadata?> _cache = new();

        public QueryableProvider Provider => provider;

        public EntityMetadata? For(Type clrType) => _cache.GetOrAdd(clrType, Create);

        public EntityMetadata Require(Type clrType) =>
            For(clrType) ?? throw new SchemaException($"The data conventions need an object type for {clrType.Name}.");

        private EntityMetadata? Create(Type clrType)
        {
            if (!_objectTypes.TryGetValue(clrType, out var type))
            {
                return null;
            }

            var properties = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
            foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
                    && !property.IsDefined(typeof(GraphQLIgnoreAttribute)))
                {
                    properties.TryAdd(NameConventions.FieldName(property), property);
                }
            }

            // Keep only properties that are fields of the type (a [GraphQLName] or ignore may have changed the set).
            foreach (var name in properties.Keys.ToList())
            {
                if (type.GetField(name) is null)
                {
                    properties.Remove(name);
                }
            }

            return new EntityMetadata(type, clrType, properties, provider.GetKey(clrType));
        }
    }
}
