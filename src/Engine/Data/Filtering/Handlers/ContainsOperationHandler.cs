using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>contains</c>: the text contains the value, case-sensitively (null text never matches).</summary>
public sealed class ContainsOperationHandler : FilterOperationHandler
{
    private static readonly MethodInfo Method = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public override string Name => "contains";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, Expression.Call(member, Method, context.Parameter(value, typeof(string))));
}
