using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Aggregates;

/// <summary>
/// One aggregate to compute: <c>count</c>, or a function of one property (<c>sum.pages</c>). Builds its LINQ call
/// over a group or a collection: <c>Sum(x =&gt; (long?)x.Pages)</c>, <c>Average(x =&gt; (double?)x.Pages)</c>, …
/// </summary>
internal sealed record AggregateTerm(AggregateKind Kind, string? Field, PropertyInfo? Property)
{
    public string Key => Field is null ? "count" : $"{Kind.ToString().ToLowerInvariant()}.{Field}";

    /// <summary>The CLR type the function computes in (nullable, so an empty set gives null rather than failing).</summary>
    public Type? ResultType => Kind switch
    {
        AggregateKind.Count => typeof(int),
        AggregateKind.Sum => SumType(Property!.PropertyType),
        AggregateKind.Avg => AverageType(Property!.PropertyType),
        _ => Property is null ? null : Nullable(Property.PropertyType),
    };

    /// <summary>
    /// The function applied to <paramref name="source"/>, an <c>IEnumerable&lt;T&gt;</c> (a group or a filtered
    /// collection); a masked property counts as null (SQL aggregates skip it) on the rows its mask excludes.
    /// </summary>
    public Expression Build(Expression source, DataMemberMasks masks)
    {
        var element = LinqMethods.ElementType(source);
        if (Kind == AggregateKind.Count)
        {
            return Call(nameof(Enumerable.Count), [element], source);
        }

        var item = Expression.Parameter(element, "x");
        var value = masks.Read(Property!, item);
        var selector = Expression.Lambda(value.Type == ResultType ? value : Expression.Convert(value, ResultType!), item);
        return Kind switch
        {
            AggregateKind.Sum => Call(nameof(Enumerable.Sum), [element], source, selector),
            AggregateKind.Avg => Call(nameof(Enumerable.Average), [element], source, selector),
            AggregateKind.Min => Call(nameof(Enumerable.Min), [element, ResultType!], source, selector),
            _ => Call(nameof(Enumerable.Max), [element, ResultType!], source, selector),
        };
    }

    public static Type? SumType(Type type) => Underlying(type) switch
    {
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) => typeof(long?),
        var t when t == typeof(decimal) => typeof(decimal?),
        var t when t == typeof(double) || t == typeof(float) => typeof(double?),
        _ => null,
    };

    public static Type? AverageType(Type type) => Underlying(type) switch
    {
        var t when t == typeof(decimal) => typeof(decimal?),
        var t when SumType(t) is not null => typeof(double?),
        _ => null,
    };

    /// <summary>Whether min/max apply: numbers and dates.</summary>
    public static bool IsOrdered(Type type) => SumType(type) is not null || Underlying(type) is var t
        && (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly));

    private static Type Underlying(Type type) => System.Nullable.GetUnderlyingType(type) ?? type;

    private static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null
        ? typeof(Nullable<>).MakeGenericType(type)
        : type;

    private static MethodCallExpression Call(string name, Type[] typeArguments, Expression source, LambdaExpression? selector = null)
    {
        var parameterCount = selector is null ? 1 : 2;
        var resultType = selector?.ReturnType;
        var method = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m =>
            m.Name == name
            && m.GetParameters().Length == parameterCount
            && m.GetGenericArguments().Length == typeArguments.Length
            && (selector is null || Matches(m, resultType!, typeArguments.Length)));
        var generic = method.MakeGenericMethod(typeArguments);
        return selector is null ? Expression.Call(generic, source) : Expression.Call(generic, source, selector);
    }

    // Sum/Average have one overload per numeric selector type; Min/Max<TSource, TResult> take any selector.
    private static bool Matches(MethodInfo method, Type resultType, int genericArity)
    {
        var selectorType = method.GetParameters()[1].ParameterType;
        if (!selectorType.IsGenericType || selectorType.GetGenericTypeDefinition() != typeof(Func<,>))
        {
            return false;
        }

        var returned = selectorType.GetGenericArguments()[1];
        return genericArity == 2 ? returned.IsGenericParameter : returned == resultType;
    }
}
