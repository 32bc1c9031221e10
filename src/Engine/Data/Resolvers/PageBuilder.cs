using System.Collections;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Paging;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Resolvers;

/// <summary>Turns the rows a plan read (one more than the page size) into the field's result.</summary>
internal static class PageBuilder
{
    public static object Create(
        DataQueryPlan plan,
        IList items,
        Func<CancellationToken, ValueTask<int>>? totalCount,
        Func<IResolverContext, ValueTask<AggregateValues>>? aggregate,
        Func<IResolverContext, ValueTask<IReadOnlyList<AggregateValues>>>? groups = null)
    {
        switch (plan.Field.Options.Paging)
        {
            case PagingKind.Cursor:
                return Connection(plan, items, totalCount, aggregate, groups);
            case PagingKind.Offset:
                var size = plan.PageSize!.Value;
                var hasNext = items.Count > size;
                var page = new object?[Math.Min(size, items.Count)];
                for (var i = 0; i < page.Length; i++)
                {
                    page[i] = items[i];
                }

                return new CollectionSegment(page, new CollectionSegmentInfo(hasNext, plan.Skip > 0))
                {
                    TotalCount = totalCount,
                    Aggregate = aggregate,
                    Groups = groups,
                };
            default:
                return items;
        }
    }

    private static Connection Connection(
        DataQueryPlan plan,
        IList items,
        Func<CancellationToken, ValueTask<int>>? totalCount,
        Func<IResolverContext, ValueTask<AggregateValues>>? aggregate,
        Func<IResolverContext, ValueTask<IReadOnlyList<AggregateValues>>>? groups)
    {
        var size = plan.PageSize!.Value;
        var hasMore = items.Count > size;
        var count = Math.Min(size, items.Count);
        var edges = new Edge[count];
        var keys = plan.SortKeys;
        var values = new object?[keys.Count];
        for (var i = 0; i < count; i++)
        {
            // Backward pages are read in reverse order; edges are always in the requested order.
            var node = items[plan.Backward ? count - 1 - i : i]!;
            if (node is ICursorRow row)
            {
                edges[i] = new Edge(CursorSerializer.Serialize(row.Keys), row.Node!);
                continue;
            }

            for (var k = 0; k < keys.Count; k++)
            {
                values[k] = keys[k].Path.Read(node);
            }

            edges[i] = new Edge(CursorSerializer.Serialize(values), node);
        }

        var pageInfo = plan.Backward
            ? new PageInfo(HasNextPage: plan.Before is not null, HasPreviousPage: hasMore, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new PageInfo(HasNextPage: hasMore, HasPreviousPage: plan.After is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo) { TotalCount = totalCount, Aggregate = aggregate, Groups = groups };
    }
}
