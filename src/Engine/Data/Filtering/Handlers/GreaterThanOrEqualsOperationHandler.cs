using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>gte</c>: greater than or equal to the value (null members never match).</summary>
public sealed class GreaterThanOrEqualsOperationHandler : FilterOperationHandler
{
    public override string Name => "gte";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        Comparisons.Compare(member, context.Parameter(value, member.Type), ExpressionType.GreaterThanOrEqual);
}
