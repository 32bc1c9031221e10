using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

/// <summary>printSchema parity: every expected text below was produced by graphql-js 17.1 from the same SDL.</summary>
public sealed class SchemaPrinterTests
{
    private const string KitchenSink = """"
        """The schema."""
        schema { query: Root mutation: Mutate }
        "Marks things."
        directive @tag(name: String!, "why" reason: String = "none") repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION | SCALAR
        directive @auth(roles: [Role!]! = [ADMIN]) on OBJECT | FIELD_DEFINITION
        """
        A multi-line
        description.
        """
        type Root implements Node & Named @tag(name: "root") {
          id: ID!
          name(upper: Boolean = false, style: Style = {casing: UPPER, prefix: "x", tags: ["a", "b"]}): String @deprecated(reason: "Use \"label\"")
          search(term: String!, first: Int = 10, after: String @deprecated, filter: Filter): [Result!]! @tag(name: "s")
          old: Int @deprecated
        }
        type Mutate { bump(by: Float = 1.5): Int }
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name(upper: Boolean = false, style: Style = {casing: UPPER, prefix: "x", tags: ["a", "b"]}): String @deprecated(reason: "Use \"label\"") }
        union Result = Root | Thing
        type Thing { id: ID! }
        extend union Result = Other
        type Other { x: Int }
        enum Role { ADMIN USER @deprecated(reason: "no") GUEST }
        extend enum Role { SUPER }
        enum Casing { UPPER LOWER }
        input Style { casing: Casing = LOWER prefix: String tags: [String!] }
        input Filter @oneOf { byId: ID byName: String }
        extend type Thing { name: String }
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        extend scalar Date @tag(name: "d")
        "  leading space"
        scalar Odd
        """";
    public static TheoryData<string, string> InvalidSdl => new()
    {
        { "type Query { a: String @foo }", "Unknown directive \"@foo\"." },
        { "directive @d on FIELD scalar S @d type Query { a: S }", "Directive \"@d\" may not be used on SCALAR." },
        { "type Query { a: String } type Query { b: String }", "There can be only one type named \"Query\"." },
        { "type Query { a: String a: Int }", "Field \"Query.a\" can only be defined once." },
        { "type Query { a: String } extend type Querx { b: Int }", "Cannot extend type \"Querx\" because it is not defined. Did you mean \"Query\"?" },
        { "type Query { a: String } extend enum Query { X }", "Cannot extend non-enum type \"Query\"." },
        { "directive @d on FIELD_DEFINITION type Query { a: String @d @d }", "The directive \"@d\" can only be used once at this location." },
        { "directive @d(x: Int!) on FIELD_DEFINITION type Query { a: String @d }", "Argument \"@d(x:)\" of type \"Int!\" is required, but it was not provided." },
        { "type Query { a: String @deprecated(reasn: \"x\") }", "Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?" },
        { "schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.\n\nThere can be only one query type in schema." },
    };

    [Fact]
    public void Kitchen_sink_prints_like_graphql_js()
    {
        const string expected = """"
            """The schema."""
            schema {
              query: Root
              mutation: Mutate
            }

            """Marks things."""
            directive @tag(
              name: String!

              """why"""
              reason: String = "none"
            ) repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION | SCALAR

            directive @auth(roles: [Role!]! = [ADMIN]) on OBJECT | FIELD_DEFINITION

            """
            A multi-line
            description.
            """
            type Root implements Node & Named {
              id: ID!
              name(upper: Boolean = false, style: Style = { casing: UPPER, prefix: "x", tags: ["a", "b"] }): String @deprecated(reason: "Use \"label\"")
              search(term: String!, first: Int = 10, after: String @deprecated, filter: Filter): [Result!]!
              old: Int @deprecated
            }

            type Mutate {
              bump(by: Float = 1.5): Int
            }

            interface Node {
              id: ID!
            }

            interface Named implements Node {
              id: ID!
              name(upper: Boolean = false, style: Style = { casing: UPPER, prefix: "x", tags: ["a", "b"] }): String @deprecated(reason: "Use \"label\"")
            }

            union Result = Root | Thing | Other

            type Thing {
              id: ID!
              name: String
            }

            type Other {
              x: Int
            }

            enum Role {
              ADMIN
              USER @deprecated(reason: "no")
              GUEST
              SUPER
            }

            enum Casing {
              UPPER
              LOWER
            }

            input Style {
              casing: Casing = LOWER
              prefix: String
              tags: [String!]
            }

            input Filter @oneOf {
              byId: ID
              byName: String
            }

            scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

            """  leading space"""
            scalar Odd
            """";        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink)));
    }

    [Fact]
    public void Default_root_names_print_no_schema_definition()
    {
        const string sdl = "type Query { a: String b: Subscription } type Mutation { m: Int } type Subscription { s: Int }";
        const string expected = """"
            type Query {
              a: String
              b: Subscription
            }

            type Mutation {
              m: Int
            }

            type Subscription {
              s: Int
            }
            """";
        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl)));
    }

    [Fact]
    public void Printing_is_stable_through_a_round_trip()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink));
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }

    [Fact]
    public void Applied_directives_are_printed_on_request()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSink);
        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });
        Assert.Contains("type Root implements Node & Named @tag(name: \"root\") {", printed);
        Assert.Contains("search(term: String!, first: Int = 10, after: String @deprecated, filter: Filter): [Result!]! @tag(name: \"s\")", printed);
        Assert.Contains("scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\") @tag(name: \"d\")", printed);
        Assert.DoesNotContain("@tag", SchemaPrinter.Print(schema).Replace("directive @tag", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(InvalidSdl))]
    public void Invalid_sdl_is_rejected_with_graphql_js_messages(string sdl, string message)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl));
        Assert.Equal(message, string.Join("\n\n", error.Errors));
    }
}
