using System.Linq.Expressions;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary><c>hasKey</c> on a JSON field: the top-level object has the key (PostgreSQL <c>?</c>, served by a GIN index).</summary>
public sealed class JsonHasKeyOperationHandler : FilterOperationHandler
{
    public override string Name => "hasKey";

    public override GraphType InputType(NamedType valueType) => Scalars.String;

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, context.Provider.JsonHasKey(member, context.Parameter(value, typeof(string))));
}
