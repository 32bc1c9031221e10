using System.Collections.Concurrent;
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
    // Filled lazily while requests run concurrently, hence concurrent.
    private readonly ConcurrentDictionary<NamedType, HashSet<NamedType>> _subTypes = new();

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
        // Like graphql-js, a schema given no directive list gets the built-in ones.
        Directives = (directives ?? BuiltInDirectives.All).ToArray();

        foreach (var directive in Directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        Types = CollectTypes(queryType, mutationType, subscriptionType, types);
        foreach (var type in Types)
        {
            if (!_types.TryAdd(type.Name, type))
            {
                throw new SchemaException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

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
            _subTypes.TryAdd(abstractType, set);
        }

        return set.Contains(maybeSubType);
    }

    /// <summary>
    /// The type map in graphql-js's order (GraphQLSchema constructor): the given types in their order, each
    /// followed by what it first references, then types reachable from the roots and directive arguments,
    /// then the introspection types. Printing and introspection list types in this order.
    /// </summary>
    private IReadOnlyList<NamedType> CollectTypes(
        ObjectType? queryType, ObjectType? mutationType, ObjectType? subscriptionType, IEnumerable<NamedType>? types)
    {
        var sequence = new Dictionary<NamedType, long>(ReferenceEqualityComparer.Instance);
        long next = 0;
        var given = types?.ToList() ?? [];
        foreach (var type in given)
        {
            sequence.TryAdd(type, next++);
        }

        // Re-adding each given type moves it behind the types listed before it, as graphql-js's Set does.
        foreach (var type in given)
        {
            sequence.Remove(type);
            CollectReferencedTypes(type, sequence, ref next);
        }

        foreach (var root in new NamedType?[] { queryType, mutationType, subscriptionType })
        {
            if (root is not null)
            {
                CollectReferencedTypes(root, sequence, ref next);
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CollectReferencedTypes(argument.Type.GetNamedType(), sequence, ref next);
            }
        }

        CollectReferencedTypes(Introspection.IntrospectionTypes.Schema, sequence, ref next);

        var ordered = new NamedType[sequence.Count];
        var index = 0;
        foreach (var pair in sequence.OrderBy(p => p.Value))
        {
            ordered[index++] = pair.Key;
        }

        return ordered;
    }

    private static void CollectReferencedTypes(NamedType type, Dictionary<NamedType, long> sequence, ref long next)
    {
        if (!sequence.TryAdd(type, next))
        {
            return;
        }

        next++;
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    CollectReferencedTypes(member, sequence, ref next);
                }

                break;
            case ComplexType complex:
                foreach (var @interface in complex.Interfaces)
                {
                    CollectReferencedTypes(@interface, sequence, ref next);
                }

                foreach (var field in complex.Fields)
                {
                    CollectReferencedTypes(field.Type.GetNamedType(), sequence, ref next);
                    foreach (var argument in field.Arguments)
                    {
                        CollectReferencedTypes(argument.Type.GetNamedType(), sequence, ref next);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    CollectReferencedTypes(field.Type.GetNamedType(), sequence, ref next);
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
