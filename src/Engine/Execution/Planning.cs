using System.Text.Json;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// The collected fields of one selection set for one object type (the spec's groupedFieldSet), ready to run:
/// response keys in order, each with its merged field nodes and field definition. Keys of unknown fields are
/// left out, as graphql-js does. When the operation's @skip/@include do not use variables, plans are cached on
/// the operation and shared by every request that runs it.
/// </summary>
internal sealed class SelectionPlan(string[] keys, FieldPlan[] fields)
{
    public static readonly SelectionPlan Empty = new([], []);

    public string[] Keys { get; } = keys;

    /// <summary>The keys as the result writer writes them, encoded once per plan instead of once per object.</summary>
    public JsonEncodedText[] EncodedKeys { get; } = ExecutionResultWriter.EncodeKeys(keys);

    public FieldPlan[] Fields { get; } = fields;

    public IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> ToGroupedFieldSet()
    {
        var grouped = new Dictionary<string, IReadOnlyList<FieldNode>>(Fields.Length, StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            grouped[field.ResponseKey] = field.Nodes;
        }

        return grouped;
    }
}

/// <summary>One response key of a <see cref="SelectionPlan"/>.</summary>
internal sealed class FieldPlan
{
    private readonly object _sync = new();
    private ObjectType? _childType;
    private SelectionPlan? _childPlan;
    private Dictionary<ObjectType, SelectionPlan>? _childPlans;
    private IReadOnlyList<Location>? _locations;
    private string? _coordinate;

    public FieldPlan(string responseKey, FieldNode[] nodes, ObjectType parentType, OutputField field, bool isTypeName)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        ParentType = parentType;
        Field = field;
        IsTypeName = isTypeName;
        HasArguments = field.Arguments.Count > 0;
        ArgumentsUseVariables = HasArguments && ArgumentValues.UsesVariables(nodes[0].Arguments);
        var nullable = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        LeafType = nullable as ScalarType ?? (NamedType?)(nullable as EnumType);
        LeafNonNull = field.Type is NonNullType;
    }

    /// <summary>The scalar or enum type when the field's type is one (possibly non-null), for the leaf fast path.</summary>
    public NamedType? LeafType { get; }

    public bool LeafNonNull { get; }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public ObjectType ParentType { get; }

    public OutputField Field { get; }

    public bool IsTypeName { get; }

    public bool HasArguments { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>The coerced arguments when they do not depend on variables, once computed.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; set; }

    /// <summary>The field's schema coordinate as messages print it: <c>Parent.field</c>.</summary>
    public string Coordinate => _coordinate ??= ParentType.Name + "." + Field.Name;

    public IReadOnlyList<Location> Locations
    {
        get
        {
            if (_locations is null)
            {
                var locations = new List<Location>(Nodes.Length);
                foreach (var node in Nodes)
                {
                    if (node.Location is { } location)
                    {
                        locations.Add(location);
                    }
                }

                _locations = locations;
            }

            return _locations;
        }
    }

    public SelectionPlan? GetChildPlan(ObjectType type)
    {
        if (ReferenceEquals(Volatile.Read(ref _childType), type))
        {
            return _childPlan;
        }

        lock (_sync)
        {
            return _childPlans is not null && _childPlans.TryGetValue(type, out var plan) ? plan : null;
        }
    }

    public void SetChildPlan(ObjectType type, SelectionPlan plan)
    {
        lock (_sync)
        {
            if (_childType is null)
            {
                _childPlan = plan;
                Volatile.Write(ref _childType, type);
                return;
            }

            _childPlans ??= [];
            _childPlans[type] = plan;
        }
    }
}
