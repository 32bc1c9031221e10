using Graph.Engine.Data.Aggregates;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Paging;

/// <summary>What connections and collection segments share: a total count and aggregates, computed only when selected.</summary>
public abstract class PageResult
{
    internal Func<CancellationToken, ValueTask<int>>? TotalCount { get; init; }

    internal Func<IResolverContext, ValueTask<AggregateValues>>? Aggregate { get; init; }

    /// <summary>Computes <c>groups</c> (its context: arguments and selection).</summary>
    internal Func<IResolverContext, ValueTask<IReadOnlyList<AggregateValues>>>? Groups { get; init; }

    public ValueTask<int> GetTotalCountAsync(CancellationToken cancellationToken = default) =>
        TotalCount?.Invoke(cancellationToken) ?? throw new InvalidOperationException("This page has no total count.");
}

/// <summary>A Relay connection (<c>XConnection</c>).</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo) : PageResult
{
    private IReadOnlyList<object?>? _nodes;

    public IReadOnlyList<Edge> Edges { get; } = edges;

    public IReadOnlyList<object?> Nodes => _nodes ??= Edges.Select(e => e.Node).ToArray();

    public PageInfo PageInfo { get; } = pageInfo;
}

/// <summary>An edge (<c>XEdge</c>): a node and the cursor that continues after or before it.</summary>
public sealed record Edge(string Cursor, object? Node);

/// <summary><c>PageInfo</c> of a connection.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>An offset page (<c>XCollectionSegment</c>).</summary>
public sealed class CollectionSegment(IReadOnlyList<object?> items, CollectionSegmentInfo pageInfo) : PageResult
{
    public IReadOnlyList<object?> Items { get; } = items;

    public CollectionSegmentInfo PageInfo { get; } = pageInfo;
}

/// <summary><c>CollectionSegmentInfo</c> of a collection segment.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
