using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering;

/// <summary>What a <see cref="FilterOperationHandler"/> may use while building its predicate.</summary>
public sealed class FilterOperationContext
{
    internal FilterOperationContext(QueryableProvider provider, DataMemberMasks? masks = null)
    {
        Provider = provider;
        Masks = masks ?? DataMemberMasks.None;
    }

    public QueryableProvider Provider { get; }

    /// <summary>The members the caller reads on some rows only (a handler gets them already masked).</summary>
    internal DataMemberMasks Masks { get; }

    /// <summary>The value as a query parameter of <paramref name="type"/> (converted from the coerced GraphQL value).</summary>
    public Expression Parameter(object? value, Type type) => QueryParameter.Create(ValueConverter.Convert(value, type), type);

    /// <summary>A <c>List&lt;T&gt;</c> parameter of the converted items, <c>T</c> being <paramref name="elementType"/>.</summary>
    public Expression ListParameter(System.Collections.IEnumerable values, Type elementType)
    {
        var list = ValueConverter.ConvertList(values, elementType);
        return QueryParameter.Create(list, list.GetType());
    }

    /// <summary><c>member != null &amp;&amp; predicate</c> for members that can be null, so LINQ to objects never dereferences null.</summary>
    public static Expression NotNullAnd(Expression member, Expression predicate) =>
        member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
            ? predicate
            : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), predicate);
}
