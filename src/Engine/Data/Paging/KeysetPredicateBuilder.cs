using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Sorting;

namespace Graph.Engine.Data.Paging;

/// <summary>
/// The WHERE of keyset paging: the rows strictly after (or before) the cursor's row in the sort order, with the cursor
/// values as parameters. Where every key runs the same way and none can be null, and the provider compares row values,
/// it is one row-value comparison <c>(k1, k2, …) &gt; (v1, v2, …)</c>, which an index on those columns answers by
/// seeking straight to the cursor (a deep page costs what the first does); otherwise it is written out as
/// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR …</c>, nulls placed where the database sorts them
/// (<see cref="QueryableProvider.NullsSortLast"/>), so no row is skipped or repeated.
/// </summary>
internal static class KeysetPredicateBuilder
{
    public static LambdaExpression Build(Type entityType, IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool after, QueryableProvider provider)
    {
        var parameter = Expression.Parameter(entityType, "x");
        if (keys.Count > 1 && keys.All(k => !k.IsNullable && k.Descending == keys[0].Descending) && values.All(v => v is not null))
        {
            var members = keys.Select(k => k.Access(parameter)).ToList();
            var row = provider.RowComparison(members, [.. members.Select((m, i) => Parameter(m, values[i]!))], greater: after != keys[0].Descending);
            if (row is not null)
            {
                return Expression.Lambda(row, parameter);
            }
        }

        var nullsLast = provider.NullsSortLast;
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var member = key.Access(parameter);
            var value = values[i];
            // "after" an ascending key means greater; "before" it, or "after" a descending one, means lower.
            var greater = after != key.Descending;
            var beyond = greater ? Greater(member, value, key.IsNullable, nullsLast) : Lower(member, value, key.IsNullable, nullsLast);

            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            result = result is null ? term : Expression.OrElse(result, term);

            var equal = Equal(member, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda(result ?? Expression.Constant(true), parameter);
    }

    private static Expression Greater(Expression member, object? value, bool nullable, bool nullsLast)
    {
        if (value is null)
        {
            // Nothing sorts after null when null is the largest; everything non-null does when it is the smallest.
            return nullsLast ? Expression.Constant(false) : Expression.NotEqual(member, Null(member));
        }

        var compare = NotNull(member, Comparisons.Compare(member, Parameter(member, value), ExpressionType.GreaterThan));
        return nullable && nullsLast ? Expression.OrElse(compare, Expression.Equal(member, Null(member))) : compare;
    }

    private static Expression Lower(Expression member, object? value, bool nullable, bool nullsLast)
    {
        if (value is null)
        {
            return nullsLast ? Expression.NotEqual(member, Null(member)) : Expression.Constant(false);
        }

        var compare = NotNull(member, Comparisons.Compare(member, Parameter(member, value), ExpressionType.LessThan));
        return nullable && !nullsLast ? Expression.OrElse(compare, Expression.Equal(member, Null(member))) : compare;
    }

    // string.Compare orders null first, unlike SQL (where a comparison with null is unknown): say what is meant.
    private static Expression NotNull(Expression member, Expression compare) =>
        member.Type.IsValueType ? compare : Expression.AndAlso(Expression.NotEqual(member, Null(member)), compare);

    private static Expression Equal(Expression member, object? value) =>
        value is null ? Expression.Equal(member, Null(member)) : Expression.Equal(member, Parameter(member, value));

    private static Expression Parameter(Expression member, object value) => QueryParameter.Create(ValueConverter.Convert(value, member.Type), member.Type);

    private static ConstantExpression Null(Expression member) => Expression.Constant(null, member.Type);
}
