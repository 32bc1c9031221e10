using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>endsWith</c>: the text ends with the value, case-sensitively (null text never matches).</summary>
public sealed class EndsWithOperationHandler : FilterOperationHandler
{
    private static readonly MethodInfo Method = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public override string Name => "endsWith";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, Expression.Call(member, Method, context.Parameter(value, typeof(string))));
}
