using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>lt</c>: lower than the value (null members never match).</summary>
public sealed class LowerThanOperationHandler : FilterOperationHandler
{
    public override string Name => "lt";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        Comparisons.Compare(member, context.Parameter(value, member.Type), ExpressionType.LessThan);
}
