using Graph.Engine.Authorization;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Projections;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Resolvers;

/// <summary>
/// Wraps a resolver that returns <see cref="IQueryable{T}"/> (or a sequence): runs the field's plan on it — one
/// statement for the page, another for <c>totalCount</c> and one for <c>aggregate</c>, each only when selected.
/// </summary>
internal sealed class RootDataResolver<T>(DataField field, FieldResolver inner)
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        await DataArgumentAuthorization.CheckAsync(context, DataArgumentMembers.Collect(field, context.Arguments, [])).ConfigureAwait(false);
        var result = await inner(context).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var source = result as IQueryable<T> ?? ((IEnumerable<T>)result).AsQueryable();
        var plan = DataQueryPlan.Create(field, context);
        var provider = field.Provider;

        List<T> items = [];
        if (plan.NeedsItems)
        {
            var page = source.Provider.CreateQuery<T>(plan.Page(source.Expression, queryable: true));
            items = await provider.ToListAsync(page, context).ConfigureAwait(false);
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
            ? async aggregateContext =>
            {
                var terms = AggregateQuery.Terms(shape, new SelectionCollector(aggregateContext), aggregateContext.FieldNodes);
                await DataArgumentAuthorization.CheckAsync(aggregateContext, DataArgumentMembers.Collect(field, EmptyArguments, terms)).ConfigureAwait(false);
                return await AggregateQuery.ExecuteAsync(filtered, terms, provider, aggregateContext).ConfigureAwait(false);
            }
            : null;
        return PageBuilder.Create(plan, items, totalCount, aggregate);
    }
}
