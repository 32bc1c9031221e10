using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>some</c>: at least one element matches (SQL <c>EXISTS</c>).</summary>
public sealed class SomeOperationHandler : ListOperationHandler
{
    public override string Name => "some";

    public override Expression Build(Expression collection, LambdaExpression? elementPredicate, object? value) =>
        LinqMethods.Any(collection, elementPredicate!, queryable: false);
}
