using System.Linq.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary>
/// An operator of a list filter (<c>ListFilterInputTypeOfXFilterInput</c>): it tests a collection member, given the
/// element predicate its nested filter built (<c>some</c>, <c>all</c>, <c>none</c>) or a boolean (<c>any</c>).
/// </summary>
public abstract class ListOperationHandler
{
    public abstract string Name { get; }

    /// <summary>Whether the operator's input is an element filter (else a Boolean).</summary>
    public virtual bool TakesElementFilter => true;

    public abstract Expression Build(Expression collection, LambdaExpression? elementPredicate, object? value);
}
