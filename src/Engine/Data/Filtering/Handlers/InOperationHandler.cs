using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>in</c>: equal to one of the values (SQL <c>= ANY(@p)</c> with one array parameter).</summary>
public sealed class InOperationHandler : FilterOperationHandler
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public override string Name => "in";

    /// <summary>HotChocolate: <c>[Int]</c> for scalars, <c>[Status!]</c> for enums.</summary>
    public override GraphType InputType(NamedType valueType) =>
        new ListType(valueType is EnumType ? new NonNullType(valueType) : valueType);

    public override Expression Build(FilterOperationContext context, Expression member, object? value)
    {
        var values = value as IEnumerable ?? new[] { value };
        return Expression.Call(Contains.MakeGenericMethod(member.Type), context.ListParameter(values, member.Type), member);
    }
}
