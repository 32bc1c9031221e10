using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Projections;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Aggregates;

/// <summary>Computes the selected aggregates in one SQL statement.</summary>
internal static class AggregateQuery
{
    /// <summary>
    /// The aggregates <paramref name="aggregateNodes"/> (the <c>aggregate</c> field's nodes, or a <c>groups</c> field's
    /// on <paramref name="type"/>, its group type) select.
    /// </summary>
    public static List<AggregateTerm> Terms(AggregateShape shape, SelectionCollector collector, IEnumerable<FieldNode> aggregateNodes, ObjectType? type = null)
    {
        var terms = new List<AggregateTerm>();
        foreach (var (name, nodes) in collector.Collect(aggregateNodes, type ?? shape.Type))
        {
            if (name == "count")
            {
                terms.Add(new AggregateTerm(AggregateKind.Count, null, null));
            }
            else if (shape.Functions.TryGetValue(name, out var function))
            {
                foreach (var field in collector.Collect(nodes, function.Type).Keys)
                {
                    if (shape.Properties.TryGetValue((function.Kind, field), out var property))
                    {
                        terms.Add(new AggregateTerm(function.Kind, field, property));
                    }
                }
            }
        }

        return terms;
    }

    /// <summary>
    /// The terms the query computes: all but those over a member hidden on every row, which answer as over no row
    /// (and could not be sent: PostgreSQL cannot type <c>SUM(NULL)</c>, and an all-constant row is no query).
    /// </summary>
    public static List<AggregateTerm> Queried(IEnumerable<AggregateTerm> terms, DataMemberMasks masks) =>
        [.. terms.Where(t => t.Property is null || !masks.HidesEverywhere(t.Property))];

    /// <summary><c>new object?[] { (object)source.Count(), (object)source.Sum(x =&gt; (long?)x.Pages), … }</c> of the queried terms.</summary>
    public static Expression Row(IReadOnlyList<AggregateTerm> queried, Expression source, DataMemberMasks masks) =>
        Expression.NewArrayInit(typeof(object), queried.Select(t => Expression.Convert(t.Build(source, masks), typeof(object))));

    /// <summary>The values of <paramref name="terms"/> from the row of the <paramref name="queried"/> ones (no row: as over no row).</summary>
    public static AggregateValues Read(IReadOnlyList<AggregateTerm> terms, List<AggregateTerm> queried, object?[]? row)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var index = queried.IndexOf(term);
            values[term.Key] = row is null || index < 0
                ? term.Kind is AggregateKind.Count ? 0 : term.Kind is AggregateKind.Sum ? Zero(term.ResultType!) : null
                : row[index];
        }

        return new AggregateValues(values);
    }

    /// <summary>All selected aggregates of <paramref name="filtered"/>: <c>GROUP BY</c> a constant, one row (none when empty).</summary>
    public static async ValueTask<AggregateValues> ExecuteAsync<T>(
        IQueryable<T> filtered, IReadOnlyList<AggregateTerm> terms, DataMemberMasks masks, QueryableProvider provider, IResolverContext context)
    {
        if (terms.Count == 0)
        {
            return AggregateValues.Empty;
        }

        var queried = Queried(terms, masks);
        if (queried.Count == 0)
        {
            return Read(terms, queried, null);
        }

        var item = Expression.Parameter(typeof(T), "x");
        var groupKey = Expression.Lambda<Func<T, int>>(Expression.Constant(1), item);
        var grouped = filtered.GroupBy(groupKey);
        var group = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        var select = Expression.Lambda<Func<IGrouping<int, T>, object?[]>>(Row(queried, group, masks), group);
        var rows = await provider.ToListAsync(grouped.Select(select), context).ConfigureAwait(false);
        return Read(terms, queried, rows.Count > 0 ? rows[0] : null);
    }

    private static object? Zero(Type type) => Activator.CreateInstance(Nullable.GetUnderlyingType(type) ?? type);
}
