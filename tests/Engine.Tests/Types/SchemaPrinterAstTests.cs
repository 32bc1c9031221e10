using Graph.Engine.Language;
using Graph.Engine.Types;
using static Graph.Engine.Tests.Types.Sdl;

namespace Graph.Engine.Tests.Types;

/// <summary>Printer checks on hand-built documents; expected text produced by graphql-js 17.1 printSchema.</summary>
public sealed class SchemaPrinterAstTests
{
    [Fact]
    public void Prints_like_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(Document(
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

        const string expected = """
            type Query {
              a: String @deprecated
              b(x: Int = 3, old: Int @deprecated(reason: "gone")): [Int]!
            }

            enum Color {
              RED
              BLUE @deprecated
            }

            input Pick @oneOf {
              a: String
              b: Int
            }

            scalar Url @specifiedBy(url: "https://example.com/url")
            """;
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_descriptions_and_schema_definition_for_custom_root_names()
    {
        var schema = SchemaBuilder.FromSdl(Document(
            new SchemaDefinitionNode(null, [], [new OperationTypeDefinitionNode(OperationType.Query, Named("Root"))]),
            new ObjectTypeDefinitionNode(
                new StringValueNode("The root."),
                Name("Root"),
                [],
                [],
                [
                    Field("one", Named("ID"), description: "First\nline two"),
                    Field("two", Named("ID"), [Input("arg", Named("Int"), description: "An arg")], description: "Second"),
                ])));

        const string expected = """"
            schema {
              query: Root
            }

            """The root."""
            type Root {
              """
              First
              line two
              """
              one: ID

              """Second"""
              two(
                """An arg"""
                arg: Int
              ): ID
            }
            """";
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }
}
