using System.Text.Json.Nodes;
using Graph.Engine.Introspection;
using Graph.Engine.Language;
using Graph.Engine.Tests.Types;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Introspection;

/// <summary>
/// Just enough of an executor to run introspection queries through the introspection resolvers, so their
/// results can be compared with graphql-js's without the real executor.
/// </summary>
internal static class IntrospectionHarness
{
    public static JsonObject Execute(GraphSchema schema, string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return ExecuteSelectionSet(schema, schema.QueryType!, null, operation.SelectionSet, fragments);
    }

    private static JsonObject ExecuteSelectionSet(GraphSchema schema, ObjectType type, object? parent, SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var result = new JsonObject();
        foreach (var field in Collect(selectionSet, fragments))
        {
            var definition = IntrospectionFields.GetField(schema, type, field.Name.Value)!;
            var arguments = new Dictionary<string, object?>();
            foreach (var argument in definition.Arguments)
            {
                var literal = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
                if (literal is not null)
                {
                    arguments[argument.Name] = ValueLiterals.ValueFromAstUntyped(literal);
                }
            }

            var context = new TestResolverContext(schema, parent, arguments) { ParentType = type, Field = definition };
            var value = definition.Resolver!(context).AsTask().GetAwaiter().GetResult();
            result[field.ResponseKey] = Complete(schema, definition.Type, value, field, fragments);
        }

        return result;
    }

    private static JsonNode? Complete(GraphSchema schema, GraphType type, object? value, FieldNode field, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        if (type is NonNullType nonNull)
        {
            return Complete(schema, nonNull.OfType, value ?? throw new InvalidOperationException($"null for {field.Name.Value}"), field, fragments);
        }

        switch (value)
        {
            case null:
                return null;
            case var _ when type is ListType list:
                var array = new JsonArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    array.Add(Complete(schema, list.OfType, item, field, fragments));
                }

                return array;
            case var _ when type is EnumType @enum:
                return JsonValue.Create(@enum.GetValueByRuntimeValue(value)!.Name);
            case var _ when type is ScalarType scalar:
                return scalar.Serialize(value) switch
                {
                    string s => JsonValue.Create(s),
                    bool b => JsonValue.Create(b),
                    var other => JsonValue.Create(Convert.ToDouble(other, System.Globalization.CultureInfo.InvariantCulture)),
                };
            default:
                return ExecuteSelectionSet(schema, (ObjectType)type, value, field.SelectionSet!, fragments);
        }
    }

    private static IEnumerable<FieldNode> Collect(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return field;
                    break;
                case FragmentSpreadNode spread:
                    foreach (var field in Collect(fragments[spread.Name.Value].SelectionSet, fragments))
                    {
                        yield return field;
                    }

                    break;
                case InlineFragmentNode inline:
                    foreach (var field in Collect(inline.SelectionSet, fragments))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
