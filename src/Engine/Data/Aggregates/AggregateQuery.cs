using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Projections;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Data.Aggregates;

/// <summary>Computes the selected aggregates in one SQL statement.</summary>
internal static class AggregateQuery
{
    /// <summary>The aggregates <paramref name="aggregateNodes"/> (the <c>aggregate</c> field's nodes) select.</summary>
    public static List<AggregateTerm> Terms(AggregateShape shape, SelectionCollector collector, IEnumerable<FieldNode> aggregateNodes)
    {
        var terms = new List<AggregateTerm>();
        foreach (var (name, nodes) in collector.Collect(aggregateNodes, shape.Type))
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

    /// <summary><c>new object?[] { (object)source.Count(), (object)source.Sum(x =&gt; (long?)x.Pages), … }</c>.</summary>
    public static Expression Row(IReadOnlyList<AggregateTerm> terms, Expression source, DataMemberMasks masks) =>
        Expression.NewArrayInit(typeof(object), terms.Select(t => Expression.Convert(t.Build(source, masks), typeof(object))));

    public static AggregateValues Read(IReadOnlyList<AggregateTerm> terms, object?[]? row, int offset = 0)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            values[terms[i].Key] = row is null
                ? terms[i].Kind is AggregateKind.Count ? 0 : terms[i].Kind is AggregateKind.Sum ? Zero(terms[i].ResultType!) : null
                : row[offset + i];
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

        var item = Expression.Parameter(typeof(T), "x");
        var groupKey = Expression.Lambda<Func<T, int>>(Expression.Constant(1), item);
        var grouped = filtered.GroupBy(groupKey);
        var group = Expression.Parameter(typeof(IGrouping<int, T>), "g");
        var select = Expression.Lambda<Func<IGrouping<int, T>, object?[]>>(Row(terms, group, masks), group);
        var rows = await provider.ToListAsync(grouped.Select(select), context).ConfigureAwait(false);
        return Read(terms, rows.Count > 0 ? rows[0] : null);
    }

    private static object? Zero(Type type) => Activator.CreateInstance(Nullable.GetUnderlyingType(type) ?? type);
}
