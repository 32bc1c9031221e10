using System.Collections;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Projections;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Resolvers;

/// <summary>
/// Wraps a resolver that returns <see cref="IQueryable{T}"/> (or a sequence): runs the field's plan on it — one
/// statement for the page, another for <c>totalCount</c> and one for <c>aggregate</c> and one for <c>groups</c>, each only when selected.
/// </summary>
internal sealed class RootDataResolver<T>(DataField field, FieldResolver inner)
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var plan = await DataQueryPlan.CreateAsync(field, context).ConfigureAwait(false);
        var result = await inner(context).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var source = result as IQueryable<T> ?? ((IEnumerable<T>)result).AsQueryable();
        var provider = field.Provider;

        List<T> items = [];
        IList page = items;
        if (plan.NeedsItems)
        {
            var expression = plan.Page(source.Expression, queryable: true);
            page = plan.KeysInRow
                ? await provider.ToListAsync(source.Provider.CreateQuery<CursorRow<T>>(expression), context).ConfigureAwait(false)
                : items = await provider.ToListAsync(source.Provider.CreateQuery<T>(expression), context).ConfigureAwait(false);
        }

        if (plan.Field.PageType is null)
        {
            return items;
        }

        var filtered = source.Provider.CreateQuery<T>(plan.Filtered(source.Expression, queryable: true));
        Func<CancellationToken, ValueTask<int>>? totalCount = field.Options.IncludeTotalCount
            ? _ => provider.CountAsync(filtered, context)
            : null;
        Func<IResolverContext, ValueTask<AggregateValues>>? aggregate = field.Aggregates is { } shape
            ? aggregateContext => AggregateQuery.ExecuteAsync(
                filtered, AggregateQuery.Terms(shape, new SelectionCollector(aggregateContext), aggregateContext.FieldNodes), plan.Masks, provider, aggregateContext)
            : null;
        Func<IResolverContext, ValueTask<IReadOnlyList<AggregateValues>>>? groups = field.Groups is not null
            ? groupsContext => AggregateGroupQuery.ExecuteAsync(filtered, field, groupsContext)
            : null;
        return PageBuilder.Create(plan, page, totalCount, aggregate, groups);
    }
}
