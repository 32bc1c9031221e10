using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>gt</c>: greater than the value (null members never match).</summary>
public sealed class GreaterThanOperationHandler : FilterOperationHandler
{
    public override string Name => "gt";

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        Comparisons.Compare(member, context.Parameter(value, member.Type), ExpressionType.GreaterThan);
}
