using Graph.Engine.Data.Aggregates;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Paging;

/// <summary>
/// Generates HotChocolate's paging types: <c>{Name}Connection</c>, <c>{Name}Edge</c> and <c>PageInfo</c> for cursor
/// paging, <c>{Name}CollectionSegment</c> and <c>CollectionSegmentInfo</c> for offset paging, where Name is the field's
/// name in PascalCase (or the configured connection name), with HotChocolate's descriptions.
/// </summary>
internal sealed class ConnectionTypeFactory(IList<NamedType> schemaTypes)
{
    private readonly Dictionary<string, (ObjectType Type, NamedType Node, string Shape)> _byName = new(StringComparer.Ordinal);
    private ObjectType? _pageInfo;
    private ObjectType? _segmentInfo;

    public static IReadOnlyList<InputValue> CursorArguments() =>
    [
        new("first", Scalars.Int) { Description = "Returns the first _n_ elements from the list." },
        new("after", Scalars.String) { Description = "Returns the elements in the list that come after the specified cursor." },
        new("last", Scalars.Int) { Description = "Returns the last _n_ elements from the list." },
        new("before", Scalars.String) { Description = "Returns the elements in the list that come before the specified cursor." },
    ];

    public static IReadOnlyList<InputValue> OffsetArguments() =>
    [
        new("skip", Scalars.Int),
        new("take", Scalars.Int),
    ];

    public ObjectType Connection(string name, NamedType node, bool totalCount, ObjectType? aggregate, OutputField? groups = null)
    {
        var shape = $"{totalCount}/{aggregate?.Name}/{groups is not null}";
        if (Existing(name + "Connection", node, shape) is { } existing)
        {
            return existing;
        }

        var edge = new ObjectType(name + "Edge") { Description = "An edge in a connection." };
        edge.SetFields(
        [
            Field("cursor", new NonNullType(Scalars.String), "A cursor for use in pagination.", static (Edge e) => e.Cursor),
            Field("node", new NonNullType(node), "The item at the end of the edge.", static (Edge e) => e.Node),
        ]);

        var connection = new ObjectType(name + "Connection") { Description = "A connection to a list of items." };
        var fields = new List<OutputField>
        {
            Field("pageInfo", new NonNullType(PageInfoType()), "Information to aid in pagination.", static (Connection c) => c.PageInfo),
            Field("edges", new ListType(new NonNullType(edge)), "A list of edges.", static (Connection c) => c.Edges),
            Field("nodes", new ListType(new NonNullType(node)), "A flattened list of the nodes.", static (Connection c) => c.Nodes),
        };
        AddCounts(fields, totalCount, aggregate, groups, "Identifies the total count of items in the connection.");
        connection.SetFields(fields);

        schemaTypes.Add(connection);
        schemaTypes.Add(edge);
        _byName[connection.Name] = (connection, node, shape);
        return connection;
    }

    public ObjectType CollectionSegment(string name, NamedType node, bool totalCount, ObjectType? aggregate, OutputField? groups = null)
    {
        var shape = $"{totalCount}/{aggregate?.Name}/{groups is not null}";
        if (Existing(name + "CollectionSegment", node, shape) is { } existing)
        {
            return existing;
        }

        var segment = new ObjectType(name + "CollectionSegment") { Description = "A segment of a collection." };
        var fields = new List<OutputField>
        {
            Field("pageInfo", new NonNullType(SegmentInfoType()), "Information to aid in pagination.", static (CollectionSegment s) => s.PageInfo),
            Field("items", new ListType(new NonNullType(node)), "A flattened list of the items.", static (CollectionSegment s) => s.Items),
        };
        AddCounts(fields, totalCount, aggregate, groups, null);
        segment.SetFields(fields);
        schemaTypes.Add(segment);
        _byName[segment.Name] = (segment, node, shape);
        return segment;
    }

    private ObjectType? Existing(string typeName, NamedType node, string shape)
    {
        if (!_byName.TryGetValue(typeName, out var existing))
        {
            return null;
        }

        if (existing.Node != node || existing.Shape != shape)
        {
            throw new SchemaException(
                $"The connection type `{typeName}` is inferred for multiple fields with conflicting paging settings "
                + $"(node types `{existing.Node.Name}` and `{node.Name}`). Set an explicit ConnectionName to disambiguate.");
        }

        return existing.Type;
    }

    private static void AddCounts(List<OutputField> fields, bool totalCount, ObjectType? aggregate, OutputField? groups, string? totalCountDescription)
    {
        if (totalCount)
        {
            fields.Add(new OutputField("totalCount", new NonNullType(Scalars.Int))
            {
                Description = totalCountDescription,
                Resolver = static context => Box(((PageResult)context.Parent!).GetTotalCountAsync(context.RequestAborted)),
            });
        }

        if (aggregate is not null)
        {
            fields.Add(new OutputField("aggregate", new NonNullType(aggregate))
            {
                Description = "Aggregates over all items the filter selects (not only this page), computed in one query.",
                Resolver = static context => ((PageResult)context.Parent!).Aggregate is { } aggregate
                    ? Box(aggregate(context))
                    : throw new InvalidOperationException("This page has no aggregates."),
            });
        }

        if (groups is not null)
        {
            groups.Resolver = static context => ((PageResult)context.Parent!).Groups is { } compute
                ? Box(compute(context))
                : throw new InvalidOperationException("This page has no groups.");
            fields.Add(groups);
        }
    }

    private ObjectType PageInfoType()
    {
        if (_pageInfo is not null)
        {
            return _pageInfo;
        }

        _pageInfo = new ObjectType("PageInfo") { Description = "Information about pagination in a connection." };
        _pageInfo.SetFields(
        [
            Field("hasNextPage", new NonNullType(Scalars.Boolean), "Indicates whether more edges exist following the set defined by the clients arguments.", static (PageInfo p) => p.HasNextPage),
            Field("hasPreviousPage", new NonNullType(Scalars.Boolean), "Indicates whether more edges exist prior the set defined by the clients arguments.", static (PageInfo p) => p.HasPreviousPage),
            Field("startCursor", Scalars.String, "When paginating backwards, the cursor to continue.", static (PageInfo p) => p.StartCursor),
            Field("endCursor", Scalars.String, "When paginating forwards, the cursor to continue.", static (PageInfo p) => p.EndCursor),
        ]);
        schemaTypes.Add(_pageInfo);
        return _pageInfo;
    }

    private ObjectType SegmentInfoType()
    {
        if (_segmentInfo is not null)
        {
            return _segmentInfo;
        }

        _segmentInfo = new ObjectType("CollectionSegmentInfo") { Description = "Information about the offset pagination." };
        _segmentInfo.SetFields(
        [
            Field("hasNextPage", new NonNullType(Scalars.Boolean), "Indicates whether more items exist following the set defined by the clients arguments.", static (CollectionSegmentInfo p) => p.HasNextPage),
            Field("hasPreviousPage", new NonNullType(Scalars.Boolean), "Indicates whether more items exist prior the set defined by the clients arguments.", static (CollectionSegmentInfo p) => p.HasPreviousPage),
        ]);
        schemaTypes.Add(_segmentInfo);
        return _segmentInfo;
    }

    internal static OutputField Field<TParent>(string name, GraphType type, string? description, Func<TParent, object?> read) =>
        new(name, type)
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(read((TParent)context.Parent!)),
        };

    private static ValueTask<object?> Box<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);
}
