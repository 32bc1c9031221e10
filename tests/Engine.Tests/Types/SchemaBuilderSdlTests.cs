using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

public sealed class SchemaBuilderSdlTests
{
    [Fact]
    public void Builds_every_kind_and_applies_extensions()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { pet(id: ID!): Pet  search: [SearchResult!] }
            interface Pet { name: String }
            type Dog implements Pet { name: String barks: Boolean }
            type Cat { name: String }
            union SearchResult = Dog
            enum Size { SMALL }
            input Where { name: String }
            scalar Email

            extend type Cat implements Pet @key(fields: "name")
            extend type Query { where(filter: Where): [Pet] }
            extend union SearchResult = Cat
            extend enum Size { LARGE @deprecated(reason: "too big") }
            extend input Where { size: Size = SMALL }
            extend scalar Email @specifiedBy(url: "https://example.com/email")
            directive @key(fields: String!) repeatable on OBJECT
            """);

        var query = schema.QueryType!;
        Assert.Equal(["pet", "search", "where"], query.Fields.Select(f => f.Name));
        var cat = (ObjectType)schema.GetType("Cat")!;
        Assert.Equal(["Pet"], cat.Interfaces.Select(i => i.Name));
        Assert.Equal("key", Assert.Single(cat.Directives).Name);
        Assert.Single(cat.ExtensionAstNodes);
        Assert.Equal(["Dog", "Cat"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        var size = (EnumType)schema.GetType("Size")!;
        Assert.Equal("too big", size.GetValue("LARGE")!.DeprecationReason);
        Assert.Equal("LARGE", size.GetValue("LARGE")!.Value);
        var where = (InputObjectType)schema.GetType("Where")!;
        Assert.Equal("SMALL", Assert.IsType<EnumValueNode>(where.GetField("size")!.DefaultValue).Value);
        Assert.Equal("https://example.com/email", ((ScalarType)schema.GetType("Email")!).SpecifiedByUrl);
        Assert.Equal(["Dog", "Cat"], schema.GetPossibleTypes((NamedType)schema.GetType("Pet")!).Select(t => t.Name));
        Assert.True(schema.IsSubType((NamedType)schema.GetType("Pet")!, cat));
        Assert.NotNull(query.GetField("pet")!.AstNode?.Location);
        Assert.Equal("key", schema.GetDirective("key")!.Name);
        Assert.True(schema.GetDirective("key")!.IsRepeatable);
        Assert.Same(BuiltInDirectives.Skip, schema.GetDirective("skip"));
    }

    [Fact]
    public void Schema_definition_and_extension_set_root_types()
    {
        var schema = SchemaBuilder.FromSdl("""
            schema { query: Q }
            extend schema { mutation: M }
            type Q { a: Int }
            type M { b: Int }
            type Query { unused: Int }
            """);
        Assert.Equal("Q", schema.QueryType!.Name);
        Assert.Equal("M", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Known_extended_scalars_get_their_coercion()
    {
        var schema = SchemaBuilder.FromSdl("type Query { at: DateTime id: UUID mail: Email } scalar DateTime scalar UUID scalar Email");
        var dateTime = (ScalarType)schema.GetType("DateTime")!;
        Assert.Equal("2024-01-02T03:04:05.000Z", dateTime.Serialize(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.Null(dateTime.Description);
        Assert.Throws<CoercionException>(() => dateTime.ParseLiteral(new IntValueNode("1")));

        var email = (ScalarType)schema.GetType("Email")!;
        Assert.Equal("x", email.Serialize("x"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1 }, email.ParseLiteral(new ObjectValueNode([new ObjectFieldNode(new NameNode("a"), new IntValueNode("1"))])));

        var unbound = SchemaBuilder.FromSdl("type Query { at: DateTime } scalar DateTime", new SchemaBuildOptions { BindExtendedScalars = false });
        Assert.Equal(5, ((ScalarType)unbound.GetType("DateTime")!).Serialize(5));
    }

    [Fact]
    public async Task Resolvers_and_type_resolution_attach_by_coordinate()
    {
        var options = new SchemaBuildOptions()
            .Resolve("Query.hello", c => $"hi {c.Arguments["name"]}")
            .ResolveType("Pet", (value, _) => null)
            .IsTypeOfFor("Dog", value => value is string)
            .Subscribe("Subscription.ticks", _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>()));
        var schema = SchemaBuilder.FromSdl(
            "type Query { hello(name: String): String pet: Pet } interface Pet { n: Int } type Dog implements Pet { n: Int } type Subscription { ticks: Int }",
            options);

        var hello = schema.QueryType!.GetField("hello")!;
        var result = await hello.Resolver!(new TestResolverContext(schema, null, new Dictionary<string, object?> { ["name"] = "Ann" }));
        Assert.Equal("hi Ann", result);
        Assert.NotNull(((InterfaceType)schema.GetType("Pet")!).ResolveType);
        Assert.True(((ObjectType)schema.GetType("Dog")!).IsTypeOf!("x"));
        Assert.NotNull(schema.SubscriptionType!.GetField("ticks")!.Subscribe);

        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int }", new SchemaBuildOptions().Resolve("Query.b", _ => 1)));
        Assert.Equal("Cannot attach a resolver to \"Query.b\": no such field.", Assert.Single(error.Errors));
    }

    [Fact]
    public void Later_duplicate_definitions_are_reported_not_merged()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } extend type Query { a: String }"));
        Assert.Equal(["Field \"Query.a\" can only be defined once."], error.Errors);
    }

    [Fact]
    public void Syntax_errors_surface_as_syntax_exceptions() =>
        Assert.Throws<SyntaxException>(() => SchemaBuilder.FromSdl("type Query {"));

    [Fact]
    public void Assume_valid_skips_schema_validation()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: In } input In { x: Int }", new SchemaBuildOptions { AssumeValid = true });
        Assert.Equal("The type of Query.a must be Output Type but got: In.", Assert.Single(SchemaValidator.Validate(schema)).Message);
    }
}
