using System.Linq.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>eq</c>: equal to the value; <c>eq: null</c> matches null.</summary>
public sealed class EqualsOperationHandler : FilterOperationHandler
{
    public override string Name => "eq";

    public override bool AcceptsNull => true;

    public override Expression Build(FilterOperationContext context, Expression member, object? value)
    {
        if (value is null)
        {
            return IsNullable(member.Type) ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Constant(false);
        }

        return Expression.Equal(member, context.Parameter(value, member.Type));
    }

    internal static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
