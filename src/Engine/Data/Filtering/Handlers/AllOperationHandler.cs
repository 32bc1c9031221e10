using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>all</c>: every element matches (true for an empty collection, SQL <c>NOT EXISTS (… NOT …)</c>).</summary>
public sealed class AllOperationHandler : ListOperationHandler
{
    public override string Name => "all";

    public override Expression Build(Expression collection, LambdaExpression? elementPredicate, object? value) =>
        LinqMethods.All(collection, elementPredicate!, queryable: false);
}
