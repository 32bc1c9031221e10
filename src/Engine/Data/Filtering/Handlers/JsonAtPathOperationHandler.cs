using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering.Handlers;

/// <summary>
/// <c>atPath: { path: ["location", "city"], value: "Lisbon" }</c> on a JSON field: the value found by following the object
/// keys of <c>path</c> is <c>value</c> (or, for an object or array value, contains it). Built as the containment of
/// <c>{"location": {"city": "Lisbon"}}</c>, so it is one JSON parameter and the GIN index serves it too.
/// </summary>
public sealed class JsonAtPathOperationHandler : FilterOperationHandler
{
    /// <summary><c>JsonPathValueInput</c>, shared by every JSON operation input.</summary>
    public static InputObjectType PathValueInput { get; } = CreatePathValueInput();

    public override string Name => "atPath";

    public override GraphType InputType(NamedType valueType) => PathValueInput;

    public override Expression Build(FilterOperationContext context, Expression member, object? value)
    {
        var fields = (IReadOnlyDictionary<string, object?>)value!;
        var path = ((System.Collections.IEnumerable)fields["path"]!).Cast<object?>().Select(p => (string)p!).ToList();
        if (path.Count == 0)
            throw new GraphQLException("`atPath.path` needs at least one key.", "HC0026");
        JsonNode? document = JsonNode.Parse(JsonValues.ToElement(fields["value"]).GetRawText());
        for (var i = path.Count - 1; i >= 0; i--)
            document = new JsonObject { [path[i]] = document };
        var element = System.Text.Json.JsonSerializer.SerializeToElement(document);
        return FilterOperationContext.NotNullAnd(member, context.Provider.JsonContains(member, JsonContainsOperationHandler.JsonParameter(element)));
    }

    private static InputObjectType CreatePathValueInput()
    {
        var type = new InputObjectType("JsonPathValueInput") { Description = "A value at a path of object keys inside a JSON document." };
        type.SetFields(
        [
            new InputValue("path", new NonNullType(new ListType(new NonNullType(Scalars.String)))) { Description = "Object keys from the top, e.g. `[\"location\", \"city\"]`." },
            new InputValue("value", new NonNullType(Scalars.Json)) { Description = "The value found there (an object or array there need only contain it)." },
        ]);
        return type;
    }
}
