using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Expressions;
using Graph.Engine.DataLoader;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Resolvers;

/// <summary>
/// A data field on a navigation collection (<c>Author.books(first: 3, where: …)</c>): the parents of one level load
/// their pages together, in one statement — the parents' keys as one array parameter, each parent's collection
/// filtered, sorted, limited and projected in the projection (PostgreSQL: a LATERAL subquery with LIMIT per parent),
/// the counts and aggregates as correlated subqueries of the same statement; their groups, when selected, as one more
/// statement for the level.
/// </summary>
internal sealed class NestedDataResolver<TParent, TKey, T>
    where TParent : class
    where TKey : notnull
{
    private readonly DataField _field;
    private readonly PropertyInfo _key;
    private readonly PropertyInfo _navigation;
    private readonly Func<TParent, TKey> _readKey;

    public NestedDataResolver(DataField field)
    {
        _field = field;
        _key = field.Parent!.Key[0];
        _navigation = field.Navigation!;
        var parent = Expression.Parameter(typeof(TParent), "parent");
        _readKey = Expression.Lambda<Func<TParent, TKey>>(Expression.Property(parent, _key), parent).Compile();
    }

    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        if (context.Parent is not TParent parent)
        {
            return null;
        }

        // Parents resolving the same field node share one loader (same arguments and selection).
        var loader = context.DataLoader((this, context.FieldNodes[0]), () => new PageLoader(this, context));
        await loader.Plan.ConfigureAwait(false);
        return await loader.LoadAsync(_readKey(parent), context.RequestAborted).ConfigureAwait(false);
    }

    private sealed class PageLoader(NestedDataResolver<TParent, TKey, T> resolver, IResolverContext context) : BatchDataLoader<TKey, object>
    {
        private Task<DataQueryPlan>? _plan;

        /// <summary>The plan all parents share (with what the caller may read of the members it reads): made once.</summary>
        public Task<DataQueryPlan> Plan => _plan ??= DataQueryPlan.CreateAsync(resolver._field, context).AsTask();

        protected override async Task<IReadOnlyDictionary<TKey, object>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        {
            var plan = await Plan.ConfigureAwait(false);
            var field = resolver._field;
            var provider = field.Provider;
            var extras = new List<AggregateTerm>();
            if (plan.NeedsTotalCount)
            {
                extras.Add(new AggregateTerm(AggregateKind.Count, null, null));
            }

            extras.AddRange(plan.AggregateTerms);

            var parent = Expression.Parameter(typeof(TParent), "p");
            var key = Expression.Property(parent, resolver._key);
            var collection = Expression.Property(parent, resolver._navigation);
            var bindings = new List<MemberBinding> { Expression.Bind(typeof(NestedRow<TKey, T>).GetProperty(nameof(NestedRow<TKey, T>.Key))!, key) };
            if (plan.NeedsItems)
            {
                var items = plan.KeysInRow ? nameof(NestedRow<TKey, T>.Rows) : nameof(NestedRow<TKey, T>.Items);
                bindings.Add(Expression.Bind(typeof(NestedRow<TKey, T>).GetProperty(items)!, LinqMethods.ToList(plan.Page(collection, queryable: false))));
            }

            var queried = AggregateQuery.Queried(extras, plan.Masks);
            if (queried.Count > 0)
            {
                bindings.Add(Expression.Bind(typeof(NestedRow<TKey, T>).GetProperty(nameof(NestedRow<TKey, T>.Extras))!, AggregateQuery.Row(queried, plan.Filtered(collection, queryable: false), plan.Masks)));
            }

            var keyList = keys.ToList();
            var contains = Expression.Call(
                typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey)),
                QueryParameter.Create(keyList),
                key);
            var query = provider.Query<TParent>(context)
                .Where(Expression.Lambda<Func<TParent, bool>>(contains, parent))
                .Select(Expression.Lambda<Func<TParent, NestedRow<TKey, T>>>(Expression.MemberInit(Expression.New(typeof(NestedRow<TKey, T>)), bindings), parent));
            var rows = await provider.ToListAsync(query, context).ConfigureAwait(false);

            var results = new Dictionary<TKey, object>(rows.Count);
            foreach (var row in rows)
            {
                results[row.Key] = Result(plan, row.Key, (IList?)row.Rows ?? row.Items ?? [], row.Extras, extras, queried);
            }

            // Parents the query did not return (gone meanwhile) get an empty page rather than null.
            foreach (var missing in keyList)
            {
                if (!results.ContainsKey(missing))
                {
                    results[missing] = Result(plan, missing, new List<T>(), null, extras, queried);
                }
            }

            return results;
        }

        private object Result(DataQueryPlan plan, TKey key, IList items, object?[]? extras, List<AggregateTerm> terms, List<AggregateTerm> queried)
        {
            var values = AggregateQuery.Read(terms, queried, extras);
            var totalCount = values["count"] is int count ? count : 0;
            return PageBuilder.Create(
                plan,
                items,
                plan.NeedsTotalCount ? _ => new ValueTask<int>(totalCount) : null,
                resolver._field.Aggregates is null ? null : _ => new ValueTask<AggregateValues>(values),
                resolver._field.Groups is null ? null : groupsContext => LoadGroupsAsync(plan, key, groupsContext));
        }

        private async ValueTask<IReadOnlyList<AggregateValues>> LoadGroupsAsync(DataQueryPlan plan, TKey key, IResolverContext groupsContext)
        {
            // The parents of a level resolving the same groups node share one loader: one statement for all of them.
            var loader = groupsContext.DataLoader((resolver, groupsContext.FieldNodes[0]), () => new GroupLoader(resolver, plan, groupsContext));
            return await loader.LoadAsync(key, groupsContext.RequestAborted).ConfigureAwait(false) ?? [];
        }
    }

    /// <summary>
    /// The groups of the parents of a level in one statement: their collections' filtered items with the parent's key
    /// (<see cref="NestedItem{TKey, T}"/>), grouped by that key first; <c>first</c> applies per parent, after the query.
    /// </summary>
    private sealed class GroupLoader(NestedDataResolver<TParent, TKey, T> resolver, DataQueryPlan plan, IResolverContext context)
        : BatchDataLoader<TKey, IReadOnlyList<AggregateValues>>
    {
        private Task<AggregateGroupQuery>? _request;

        protected override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<AggregateValues>>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        {
            var field = resolver._field;
            var request = await (_request ??= AggregateGroupQuery.CreateAsync(field, context).AsTask()).ConfigureAwait(false);
            var results = keys.Distinct().ToDictionary(k => k, _ => (IReadOnlyList<AggregateValues>)new List<AggregateValues>());
            if (request.First == 0)
                return results;

            // parents.Where(p => keys.Contains(p.Key)).SelectMany(p => filtered(p.Collection), (p, x) => new NestedItem { Key = p.Key, Item = x })
            var parent = Expression.Parameter(typeof(TParent), "p");
            var key = Expression.Property(parent, resolver._key);
            var contains = Expression.Call(
                typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey)),
                QueryParameter.Create(keys.ToList()),
                key);
            var collection = plan.Filtered(Expression.Property(parent, resolver._navigation), queryable: false);
            var item = Expression.Parameter(typeof(T), "x");
            var nested = typeof(NestedItem<TKey, T>);
            var pair = Expression.Lambda<Func<TParent, T, NestedItem<TKey, T>>>(
                Expression.MemberInit(
                    Expression.New(nested),
                    Expression.Bind(nested.GetProperty(nameof(NestedItem<TKey, T>.Key))!, key),
                    Expression.Bind(nested.GetProperty(nameof(NestedItem<TKey, T>.Item))!, item)),
                parent,
                item);
            var items = field.Provider.Query<TParent>(context)
                .Where(Expression.Lambda<Func<TParent, bool>>(contains, parent))
                .SelectMany(Expression.Lambda<Func<TParent, IEnumerable<T>>>(collection, parent), pair);

            var row = Expression.Parameter(nested, "n");
            var query = request.Query(
                items.Expression,
                typeof(T),
                Expression.Lambda(Expression.Property(row, nameof(NestedItem<TKey, T>.Key)), row),
                Expression.Lambda(Expression.Property(row, nameof(NestedItem<TKey, T>.Item)), row),
                limit: false);
            var rows = await field.Provider.ToListAsync(items.Provider.CreateQuery<object?[]>(query), context).ConfigureAwait(false);
            foreach (var values in rows)
            {
                if (values[0] is TKey parentKey && results.TryGetValue(parentKey, out var groups) && groups.Count < request.First)
                    ((List<AggregateValues>)groups).Add(request.Read(values, 1));
            }

            return results;
        }
    }
}
