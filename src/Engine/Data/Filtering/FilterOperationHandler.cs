using System.Linq.Expressions;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering;

/// <summary>
/// One filter operator (<c>eq</c>, <c>gt</c>, <c>contains</c>, …): the GraphQL type of its input field and the
/// predicate it adds for a member. Every handler goes through <see cref="FilterOperationContext"/>, which turns
/// values into query parameters, so no handler can inline a value into the SQL text.
/// </summary>
public abstract class FilterOperationHandler
{
    /// <summary>The input field's name in the operation filter input (HotChocolate's operation names).</summary>
    public abstract string Name { get; }

    /// <summary>Whether <c>op: null</c> means something (only <c>eq</c> and <c>neq</c>: compare with null).</summary>
    public virtual bool AcceptsNull => false;

    /// <summary>The input field's type, given the member's scalar or enum type (nullable; lists for in/nin).</summary>
    public virtual GraphType InputType(NamedType valueType) => valueType;

    public abstract Expression Build(FilterOperationContext context, Expression member, object? value);
}

/// <summary>Operators that hold when their positive counterpart does not (<c>neq</c>, <c>nin</c>, <c>ngt</c>, …).</summary>
public abstract class NegatedOperationHandler(FilterOperationHandler positive) : FilterOperationHandler
{
    public override bool AcceptsNull => positive.AcceptsNull;

    public override GraphType InputType(NamedType valueType) => positive.InputType(valueType);

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        Expression.Not(positive.Build(context, member, value));
}
