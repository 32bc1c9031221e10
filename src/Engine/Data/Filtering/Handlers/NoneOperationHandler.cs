using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>none</c>: no element matches.</summary>
public sealed class NoneOperationHandler : ListOperationHandler
{
    public override string Name => "none";

    public override Expression Build(Expression collection, LambdaExpression? elementPredicate, object? value) =>
        Expression.Not(LinqMethods.Any(collection, elementPredicate!, queryable: false));
}
