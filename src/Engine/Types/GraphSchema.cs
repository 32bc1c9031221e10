using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// A schema (§3.3): root operation types, every named type reachable from them (or given
/// explicitly), and directive definitions. Construction collects the type map the way graphql-js's
/// GraphQLSchema constructor does; <c>SchemaValidator</c> checks the type-system rules separately.
/// </summary>
public sealed class GraphSchema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new();
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    public GraphSchema(
        ObjectType? queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null,
        IReadOnlyList<AppliedDirective>? schemaDirectives = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        SchemaDirectives = schemaDirectives ?? [];
        Directives = (directives ?? []).ToArray();

        foreach (var directive in Directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        var order = new List<NamedType>();
        foreach (var root in new NamedType?[] { queryType, mutationType, subscriptionType })
        {
            Collect(root, order);
        }

        foreach (var type in types ?? [])
        {
            Collect(type, order);
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), order);
            }
        }

        Types = order;
        IndexImplementations();
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order they were first reached.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>The directive definitions, built-in ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema itself.</summary>
    public IReadOnlyList<AppliedDirective> SchemaDirectives { get; }

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>Free-form metadata for conventions built on the engine.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type can be (union members or interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => GetImplementations(@interface).Objects,
        ObjectType @object => [@object],
        _ => [],
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (!_subTypes.TryGetValue(abstractType, out var set))
        {
            set = abstractType switch
            {
                UnionType union => [.. union.Types],
                InterfaceType @interface => [.. GetImplementations(@interface).Objects, .. GetImplementations(@interface).Interfaces],
                _ => [],
            };
            _subTypes[abstractType] = set;
        }

        return set.Contains(maybeSubType);
    }

    private void Collect(NamedType? type, List<NamedType> order)
    {
        if (type is null)
        {
            return;
        }

        if (_types.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return;
        }

        _types[type.Name] = type;
        order.Add(type);

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, order);
                }

                break;
            case ComplexType complex:
                foreach (var @interface in complex.Interfaces)
                {
                    Collect(@interface, order);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), order);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType(), order);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType(), order);
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in Types)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (var @interface in complex.Interfaces)
            {
                if (!_implementations.TryGetValue(@interface, out var entry))
                {
                    entry = ([], []);
                    _implementations[@interface] = entry;
                }

                if (complex is ObjectType @object)
                {
                    entry.Objects.Add(@object);
                }
                else if (complex is InterfaceType implementing)
                {
                    entry.Interfaces.Add(implementing);
                }
            }
        }
    }
}
