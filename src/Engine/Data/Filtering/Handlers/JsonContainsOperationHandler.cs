using System.Linq.Expressions;
using System.Text.Json;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary>
/// <c>contains</c> on a JSON field: the document contains the given JSON (PostgreSQL <c>@&gt;</c>: every key and value of
/// an object, every element of an array, found at the same place). One JSON parameter; a GIN index on the column serves it.
/// </summary>
public sealed class JsonContainsOperationHandler : FilterOperationHandler
{
    public override string Name => "contains";

    public override GraphType InputType(NamedType valueType) => Scalars.Json;

    public override Expression Build(FilterOperationContext context, Expression member, object? value) =>
        FilterOperationContext.NotNullAnd(member, context.Provider.JsonContains(member, JsonParameter(JsonValues.ToElement(value))));

    internal static Expression JsonParameter(JsonElement document) => QueryParameter.Create(document, typeof(JsonElement));
}
