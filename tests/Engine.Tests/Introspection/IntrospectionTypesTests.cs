using Graph.Engine.Introspection;
using Graph.Engine.Language;
using Graph.Engine.Tests.Types;
using Graph.Engine.Types;
using static Graph.Engine.Tests.Types.Sdl;

namespace Graph.Engine.Tests.Introspection;

public sealed class IntrospectionTypesTests
{
    private static GraphSchema BuildSchema() => SchemaBuilder.FromSdl(Document(
        Object(
            "Query",
            Field("a", Named("String"), directives: [Directive("deprecated")]),
            Field("b", NonNull(List(Named("Int"))), [Input("x", Named("Int"), new IntValueNode("3")), Input("old", Named("Int"), directives: [Directive("deprecated", ("reason", new StringValueNode("gone")))])])),
        new EnumTypeDefinitionNode(null, Name("Color"), [], [
            new EnumValueDefinitionNode(null, Name("RED"), []),
            new EnumValueDefinitionNode(null, Name("BLUE"), [Directive("deprecated")]),
        ]),
        new InputObjectTypeDefinitionNode(null, Name("Pick"), [Directive("oneOf")], [Input("a", Named("String")), Input("b", Named("Int"))]),
        new ScalarTypeDefinitionNode(null, Name("Url"), [Directive("specifiedBy", ("url", new StringValueNode("https://example.com/url")))])));

    [Fact]
    public void Schema_type_map_contains_introspection_types_in_graphql_js_order()
    {
        var schema = BuildSchema();
        Assert.Equal(
            ["Query", "String", "Int", "Color", "Pick", "Url", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Introspection_type_fields_match_graphql_js()
    {
        Assert.Equal(
            ["description", "types", "queryType", "mutationType", "subscriptionType", "directives"],
            IntrospectionTypes.Schema.Fields.Select(f => f.Name));
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            IntrospectionTypes.Type.Fields.Select(f => f.Name));
        Assert.Equal(["name", "description", "args", "type", "isDeprecated", "deprecationReason"], IntrospectionTypes.Field.Fields.Select(f => f.Name));
        Assert.Equal(["name", "description", "type", "defaultValue", "isDeprecated", "deprecationReason"], IntrospectionTypes.InputValue.Fields.Select(f => f.Name));
        Assert.Equal(["name", "description", "isDeprecated", "deprecationReason"], IntrospectionTypes.EnumValue.Fields.Select(f => f.Name));
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args", "isDeprecated", "deprecationReason"], IntrospectionTypes.Directive.Fields.Select(f => f.Name));
        Assert.Equal("[__Field!]", IntrospectionTypes.Type.GetField("fields")!.Type.ToString());
        Assert.Equal("includeDeprecated: Boolean!", IntrospectionTypes.Type.GetField("fields")!.Arguments.Single().ToString());
        Assert.Equal("FALSE", IntrospectionTypes.Type.GetField("fields")!.Arguments.Single().DefaultValue is BooleanValueNode { Value: false } ? "FALSE" : "?");
    }

    [Fact]
    public void Meta_fields_resolve_against_the_schema()
    {
        var schema = BuildSchema();
        Assert.Same(schema, TestResolverContext.Resolve(IntrospectionFields.Schema, schema, null));
        Assert.Same(schema.GetType("Color"), TestResolverContext.Resolve(IntrospectionFields.Type, schema, null, new Dictionary<string, object?> { ["name"] = "Color" }));
        Assert.Null(TestResolverContext.Resolve(IntrospectionFields.Type, schema, null, new Dictionary<string, object?> { ["name"] = "Nope" }));
        Assert.Equal("Query", TestResolverContext.Resolve(IntrospectionFields.TypeName, schema, null));
        Assert.Equal("__schema: __Schema!", $"{IntrospectionFields.Schema.Name}: {IntrospectionFields.Schema.Type}");
        Assert.Same(IntrospectionFields.Schema, IntrospectionFields.GetField(schema, schema.QueryType!, "__schema"));
        Assert.Null(IntrospectionFields.GetField(schema, (NamedType)schema.GetType("Pick")!, "__typename"));
    }

    [Fact]
    public void Type_resolvers_filter_deprecated_unless_asked()
    {
        var schema = BuildSchema();
        var query = schema.QueryType!;
        var fields = (IReadOnlyList<OutputField>)TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("fields")!, schema, query)!;
        Assert.Equal(["b"], fields.Select(f => f.Name));
        var all = (IReadOnlyList<OutputField>)TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("fields")!, schema, query, new Dictionary<string, object?> { ["includeDeprecated"] = true })!;
        Assert.Equal(["a", "b"], all.Select(f => f.Name));

        var b = query.GetField("b")!;
        var args = (IReadOnlyList<InputValue>)TestResolverContext.Resolve(IntrospectionTypes.Field.GetField("args")!, schema, b)!;
        Assert.Equal(["x"], args.Select(a => a.Name));
        Assert.Equal("3", TestResolverContext.Resolve(IntrospectionTypes.InputValue.GetField("defaultValue")!, schema, args[0]));

        var color = schema.GetType("Color")!;
        var values = (IReadOnlyList<EnumValue>)TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("enumValues")!, schema, color)!;
        Assert.Equal(["RED"], values.Select(v => v.Name));
        Assert.Null(TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("fields")!, schema, color));

        Assert.Equal(TypeKind.NonNull, TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("kind")!, schema, b.Type));
        Assert.Null(TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("name")!, schema, b.Type));
        Assert.IsType<ListType>(TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("ofType")!, schema, b.Type));
        Assert.Equal(true, TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("isOneOf")!, schema, schema.GetType("Pick")));
        Assert.Null(TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("isOneOf")!, schema, query));
        Assert.Equal("https://example.com/url", TestResolverContext.Resolve(IntrospectionTypes.Type.GetField("specifiedByURL")!, schema, schema.GetType("Url")));

        var directives = (IReadOnlyList<DirectiveDefinition>)TestResolverContext.Resolve(IntrospectionTypes.Schema.GetField("directives")!, schema, schema)!;
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Select(d => d.Name));
        var deprecatedArgs = (IReadOnlyList<InputValue>)TestResolverContext.Resolve(IntrospectionTypes.Directive.GetField("args")!, schema, BuiltInDirectives.Deprecated)!;
        Assert.Equal("\"No longer supported\"", TestResolverContext.Resolve(IntrospectionTypes.InputValue.GetField("defaultValue")!, schema, deprecatedArgs[0]));
    }

    [Fact]
    public void Enum_runtime_values_are_the_model_enums()
    {
        Assert.Equal("NON_NULL", IntrospectionTypes.TypeKind.GetValueByRuntimeValue(TypeKind.NonNull)!.Name);
        Assert.Equal("INPUT_FIELD_DEFINITION", IntrospectionTypes.DirectiveLocation.GetValueByRuntimeValue(DirectiveLocation.InputFieldDefinition)!.Name);
        Assert.Equal(21, IntrospectionTypes.DirectiveLocation.Values.Count);
    }
}
