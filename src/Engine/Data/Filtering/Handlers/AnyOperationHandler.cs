using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>any: true</c>: the collection has elements; <c>any: false</c>: it is empty.</summary>
public sealed class AnyOperationHandler : ListOperationHandler
{
    public override string Name => "any";

    public override bool TakesElementFilter => false;

    public override Expression Build(Expression collection, LambdaExpression? elementPredicate, object? value)
    {
        var any = LinqMethods.Any(collection, queryable: false);
        return value is false ? Expression.Not(any) : any;
    }
}
