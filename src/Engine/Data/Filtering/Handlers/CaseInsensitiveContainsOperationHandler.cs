using System.Linq.Expressions;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary>
/// <c>icontains</c> (beyond HotChocolate): the text contains the value ignoring case, as a case-insensitive LIKE (PostgreSQL <c>ILIKE</c>)
/// whose pattern escapes <c>%</c>, <c>_</c> and <c>\</c> in the value.
/// </summary>
public sealed class CaseInsensitiveContainsOperationHandler : FilterOperationHandler
{
    public override string Name => "icontains";

    public override Expression Build(FilterOperationContext context, Expression member, object? value)
    {
        var pattern = context.Parameter(LikePattern.Contains((string)value!), typeof(string));
        return FilterOperationContext.NotNullAnd(member, context.Provider.CaseInsensitiveLike(member, pattern));
    }
}
