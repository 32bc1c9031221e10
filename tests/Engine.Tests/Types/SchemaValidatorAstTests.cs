using Graph.Engine.Language;
using Graph.Engine.Types;
using static Graph.Engine.Tests.Types.Sdl;

namespace Graph.Engine.Tests.Types;

public sealed class SchemaValidatorAstTests
{
    private static IReadOnlyList<string> Errors(params DefinitionNode[] definitions) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Document(definitions))).Errors;

    private static readonly ObjectTypeDefinitionNode Query = Object("Query", Field("ok", Named("String")));

    [Fact]
    public void Interface_field_must_be_provided()
    {
        var errors = Errors(
            Query,
            Interface("Node", Field("id", NonNull(Named("ID")))),
            Object("User", ["Node"], Field("name", Named("String"))));
        Assert.Equal(["Interface field Node.id expected but User does not provide it."], errors);
    }

    [Fact]
    public void Interface_field_types_are_covariant_and_args_invariant()
    {
        var errors = Errors(
            Query,
            Interface("Node", Field("id", NonNull(Named("ID")), [Input("a", Named("Int"))])),
            Object("User", ["Node"], Field("id", Named("ID"), [Input("a", NonNull(Named("Int"))), Input("b", NonNull(Named("Int")))])));
        Assert.Equal(
            [
                "Interface field Node.id expects type ID! but User.id is type ID.",
                "Interface field argument Node.id(a:) expects type Int but User.id(a:) is type Int!.",
                "Argument \"User.id(b:)\" must not be required type \"Int!\" if not provided by the Interface field \"Node.id\".",
            ],
            errors);
    }

    [Fact]
    public void Transitive_interfaces_must_be_declared()
    {
        var errors = Errors(
            Query,
            Interface("Node", Field("id", Named("ID"))),
            new InterfaceTypeDefinitionNode(null, Name("Resource"), [Named("Node")], [], [Field("id", Named("ID"))]),
            Object("File", ["Resource"], Field("id", Named("ID"))));
        Assert.Equal(["Type File must implement Node because it is implemented by Resource."], errors);
    }

    [Fact]
    public void Names_must_not_start_with_double_underscore()
    {
        var errors = Errors(Object("Query", Field("__bad", Named("String"))));
        Assert.Equal(["Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection."], errors);
    }

    [Fact]
    public void Output_fields_must_have_output_types()
    {
        var errors = Errors(
            Object("Query", Field("f", Named("In"))),
            new InputObjectTypeDefinitionNode(null, Name("In"), [], [Input("a", Named("String"))]));
        Assert.Equal(["The type of Query.f must be Output Type but got: In."], errors);
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        var errors = Errors(
            Query,
            new InputObjectTypeDefinitionNode(null, Name("Pick"), [Directive("oneOf")], [
                Input("a", NonNull(Named("String"))),
                Input("b", Named("Int"), new IntValueNode("1")),
            ]));
        Assert.Equal(["OneOf input field Pick.a must be nullable.", "OneOf input field Pick.b cannot have a default value."], errors);
    }

    [Fact]
    public void Non_null_input_cycles_are_rejected()
    {
        var errors = Errors(
            Query,
            new InputObjectTypeDefinitionNode(null, Name("A"), [], [Input("b", NonNull(Named("B")))]),
            new InputObjectTypeDefinitionNode(null, Name("B"), [], [Input("a", NonNull(Named("A")))]));
        Assert.Equal(["Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a."], errors);
    }

    [Fact]
    public void Empty_types_are_rejected()
    {
        var errors = Errors(
            Query,
            new EnumTypeDefinitionNode(null, Name("E"), [], []),
            new UnionTypeDefinitionNode(null, Name("U"), [], []),
            new ObjectTypeDefinitionNode(null, Name("O"), [], [], []));
        Assert.Equal(
            ["Enum type E must define one or more values.", "Type O must define one or more fields.", "Union type U must define one or more member types."],
            errors.Order().ToArray());
    }

    [Fact]
    public void Query_root_type_must_be_provided() =>
        Assert.Equal(["Query root type must be provided."], Errors(Object("Foo", Field("a", Named("String")))));

    [Fact]
    public void Unknown_types_are_reported()
    {
        Assert.Equal(["Unknown type \"Missin\". Did you mean \"Missing\"?"], Errors(Object("Query", Field("a", Named("Missin"))), Object("Missing", Field("a", Named("Int")))));
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(
            Document(Object("Query", Field("a", Named("Missing")))),
            new SchemaBuildOptions { AssumeValidSdl = true }));
        Assert.Equal(["Unknown type: \"Missing\"."], error.Errors);
    }

    [Fact]
    public void Invalid_default_values_are_reported()
    {
        var errors = Errors(Object("Query", Field("a", Named("String"), [Input("x", Named("Int"), new StringValueNode("no"))])));
        Assert.Equal(["Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"no\""], errors);
    }

    [Fact]
    public void Errors_carry_locations_of_the_offending_nodes()
    {
        var fieldType = Named("In") with { Location = new Location(10, 12, 2, 7) };
        var schema = SchemaBuilder.FromSdl(
            Document(Object("Query", Field("f", fieldType)), new InputObjectTypeDefinitionNode(null, Name("In"), [], [Input("a", Named("String"))])),
            new SchemaBuildOptions { AssumeValid = true });
        var error = Assert.Single(SchemaValidator.Validate(schema));
        Assert.Equal(new Location(10, 12, 2, 7), Assert.Single(error.Locations));
    }
}
