using System.Collections;
using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>includesAll</c> on a list of scalars: the list holds every value given (PostgreSQL <c>@&gt;</c> on arrays,
/// served by a GIN index). One array parameter.</summary>
public sealed class ListIncludesAllOperationHandler : FilterOperationHandler
{
    public override string Name => "includesAll";

    public override GraphType InputType(NamedType valueType) => new ListType(new NonNullType(valueType));

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, ListIncludes.Build(context, member, value, all: true));
}

/// <summary><c>includesAny</c> on a list of scalars: the list holds one of the values given (PostgreSQL <c>&amp;&amp;</c>,
/// served by a GIN index). One array parameter.</summary>
public sealed class ListIncludesAnyOperationHandler : FilterOperationHandler
{
    public override string Name => "includesAny";

    public override GraphType InputType(NamedType valueType) => new ListType(new NonNullType(valueType));

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, ListIncludes.Build(context, member, value, all: false));
}

/// <summary><c>values.All(v =&gt; member.Contains(v))</c> or <c>values.Any(…)</c>: the shapes Npgsql turns into <c>@&gt;</c> and <c>&amp;&amp;</c>.</summary>
internal static class ListIncludes
{
    public static Expression Build(FilterOperationContext context, Expression member, object? value, bool all)
    {
        var element = LinqMethods.ElementType(member.Type)!;
        var values = context.ListParameter((IEnumerable)value!, element);
        var item = Expression.Parameter(element, "v");
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [element], member, item);
        return Expression.Call(typeof(Enumerable), all ? nameof(Enumerable.All) : nameof(Enumerable.Any), [element], values, Expression.Lambda(contains, item));
    }
}
