using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>lte</c>: lower than or equal to the value (null members never match).</summary>
public sealed class LowerThanOrEqualsOperationHandler : FilterOperationHandler
{
    public override string Name => "lte";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        Comparisons.Compare(member, context.Parameter(value, member.Type), ExpressionType.LessThanOrEqual);
}
