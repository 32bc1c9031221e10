using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>startsWith</c>: the text starts with the value, case-sensitively (null text never matches).</summary>
public sealed class StartsWithOperationHandler : FilterOperationHandler
{
    private static readonly MethodInfo Method = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public override string Name => "startsWith";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, Expression.Call(member, Method, context.Parameter(value, typeof(string))));
}
