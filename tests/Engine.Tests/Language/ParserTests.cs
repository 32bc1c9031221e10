using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

public sealed class ParserTests
{
    private static readonly ParserOptions NoLocation = new() { NoLocation = true };

    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_the_query_shorthand()
    {
        var operation = Single<OperationDefinitionNode>("{ a }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_named_operations(string source, OperationType type)
    {
        var operation = Single<OperationDefinitionNode>(source);

        Assert.Equal(type, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_directives_and_descriptions()
    {
        var operation = Single<OperationDefinitionNode>("\"op\" query Q(\"v\" $a: [Int!]! = [1] @d, $b: In = { x: null }) @e { a }");

        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("v", a.Description!.Value);
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(a.DefaultValue).Values)).Value);
        Assert.Equal("d", Assert.Single(a.Directives).Name.Value);
        var b = operation.VariableDefinitions[1];
        Assert.IsType<NullValueNode>(Assert.Single(Assert.IsType<ObjectValueNode>(b.DefaultValue).Fields).Value);
        Assert.Equal("e", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fields_with_alias_arguments_directives_and_selections()
    {
        var operation = Single<OperationDefinitionNode>("{ alias: field(a: 1, b: $v) @skip(if: true) @x { sub } plain }");

        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["skip", "x"], field.Directives.Select(d => d.Name.Value));
        Assert.True(Assert.IsType<BooleanValueNode>(field.Directives[0].Arguments[0].Value).Value);
        Assert.Single(field.SelectionSet!.Selections);
        var plain = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[1]);
        Assert.Null(plain.Alias);
        Assert.Null(plain.SelectionSet);
        Assert.Empty(plain.Arguments);
        Assert.Empty(plain.Directives);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @e { b } ... { c } } \"desc\" fragment F on T @f { a }");

        var selections = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("e", Assert.Single(withDirective.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("desc", fragment.Description!.Value);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("f", Assert.Single(fragment.Directives).Name.Value);
    }

    [Theory]
    [InlineData("{ ... on on { a } }")]
    [InlineData("{ ...onX }")]
    public void On_is_only_a_keyword_where_the_grammar_says_so(string source)
    {
        Assert.Single(Parser.Parse(source).Definitions);
    }

    [Fact]
    public void Keywords_are_valid_names_everywhere_else()
    {
        const string source = "query query($query: query = query) { query: query(query: query) { on fragment subscription mutation schema type true: null } } " +
            "fragment fragment on on { on }";

        var document = Parser.Parse(source);

        Assert.Equal(2, document.Definitions.Count);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("fragment", fragment.Name.Value);
        Assert.Equal("on", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Parses_every_value_kind()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{ i: -12, f: 1.5e-3, s: \"str\", b: \"\"\"  block\"\"\", t: true, n: null, e: ENUM, l: [1, [2]], o: {}, v: $var }"));

        Assert.Equal("-12", Assert.IsType<IntValueNode>(value.Fields[0].Value).Value);
        Assert.Equal("1.5e-3", Assert.IsType<FloatValueNode>(value.Fields[1].Value).Value);
        var str = Assert.IsType<StringValueNode>(value.Fields[2].Value);
        Assert.Equal(("str", false), (str.Value, str.Block));
        var block = Assert.IsType<StringValueNode>(value.Fields[3].Value);
        Assert.Equal(("  block", true), (block.Value, block.Block));
        Assert.True(Assert.IsType<BooleanValueNode>(value.Fields[4].Value).Value);
        Assert.IsType<NullValueNode>(value.Fields[5].Value);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(value.Fields[6].Value).Value);
        Assert.Equal(2, Assert.IsType<ListValueNode>(value.Fields[7].Value).Values.Count);
        Assert.Empty(Assert.IsType<ObjectValueNode>(value.Fields[8].Value).Fields);
        Assert.Equal("var", Assert.IsType<VariableNode>(value.Fields[9].Value).Name.Value);
    }

    [Fact]
    public void ParseConstValue_and_ParseType_parse_one_item()
    {
        Assert.Equal("1", Assert.IsType<IntValueNode>(Parser.ParseConstValue("1")).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(Parser.ParseConstValue("[]")).Values);
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.Equal("[String!]!", Printer.Print(type));
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(Parser.ParseType(" MyType ")).Name.Value);
    }

    [Fact]
    public void Empty_selection_sets_are_rejected_by_default_and_accepted_on_request()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a {} }"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(6, error.Location.Column);
        Assert.Throws<SyntaxException>(() => Parser.Parse("{}"));
        Assert.Throws<SyntaxException>(() => Parser.Parse("fragment F on X {}"));

        var options = new ParserOptions { AllowEmptySelectionSets = true };
        var document = Parser.Parse("{ a {} } query Q {} fragment F on X {}", options);

        Assert.Equal(3, document.Definitions.Count);
        Assert.Equal("{\n  a {}\n}\n\nquery Q {}\n\nfragment F on X {}", Printer.Print(document));
    }

    [Fact]
    public void Parses_schema_definitions_and_descriptions()
    {
        var schema = Single<SchemaDefinitionNode>("\"\"\"desc\"\"\" schema @d { query: Q mutation: M subscription: S }");

        Assert.Equal("desc", schema.Description!.Value);
        Assert.True(schema.Description.Block);
        Assert.Equal("d", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parses_object_types_with_interfaces_fields_and_arguments()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"T\" type T implements & A & B @d { \"f\" f(\"a\" a: Int = 1 @x, b: [S]!): String! @deprecated g: T }");

        Assert.Equal("T", type.Description!.Value);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Directives);
        Assert.Equal(2, type.Fields.Count);
        var f = type.Fields[0];
        Assert.Equal("f", f.Description!.Value);
        Assert.Equal("String!", Printer.Print(f.Type));
        Assert.Equal("deprecated", Assert.Single(f.Directives).Name.Value);
        Assert.Equal(2, f.Arguments.Count);
        Assert.Equal("a", f.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(f.Arguments[0].DefaultValue).Value);
        Assert.Equal("x", Assert.Single(f.Arguments[0].Directives).Name.Value);
        Assert.Null(f.Arguments[1].DefaultValue);
    }

    [Fact]
    public void Parses_types_without_bodies()
    {
        var document = Parser.Parse("type A interface B union C enum D input E scalar F");

        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
        Assert.Empty(Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Empty(Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[3]).Values);
        Assert.Empty(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[4]).Fields);
        Assert.Empty(Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[5]).Directives);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface I implements J & K { a: Int }");

        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Theory]
    [InlineData("union U = A | B")]
    [InlineData("union U = | A | B")]
    [InlineData("union U =\n  | A\n  | B")]
    public void Parses_union_members_with_an_optional_leading_pipe(string source)
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>(source).Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parses_enums_and_inputs()
    {
        var document = Parser.Parse("enum E @d { \"a\" A @x B } input I @d { a: Int = 1 @x, b: [I] }");

        var enumType = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["A", "B"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("a", enumType.Values[0].Description!.Value);
        Assert.Single(enumType.Values[0].Directives);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(input.Fields[0].DefaultValue).Value);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var document = Parser.Parse(
            "\"d\" directive @a(x: Int = 1) repeatable on | QUERY | FIELD directive @b @c on OBJECT directive @d on FRAGMENT_VARIABLE_DEFINITION | DIRECTIVE_DEFINITION");

        var a = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[0]);
        Assert.Equal("d", a.Description!.Value);
        Assert.Equal("a", a.Name.Value);
        Assert.True(a.Repeatable);
        Assert.Equal("x", Assert.Single(a.Arguments).Name.Value);
        Assert.Equal(["QUERY", "FIELD"], a.Locations.Select(l => l.Value));
        Assert.Empty(a.Directives);
        var b = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.False(b.Repeatable);
        Assert.Equal("c", Assert.Single(b.Directives).Name.Value);
        Assert.Equal(2, Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]).Locations.Count);
    }

    [Fact]
    public void Parses_every_extension()
    {
        var document = Parser.Parse(
            "extend schema @d extend schema { query: Q } extend scalar S @d extend type T implements I " +
            "extend type T @d extend type T { a: Int } extend interface I implements J extend interface I { a: Int } " +
            "extend union U = A extend union U @d extend enum E { A } extend enum E @d extend input I { a: Int } " +
            "extend input I @d extend directive @a @b");

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension, SyntaxKind.DirectiveExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        Assert.Equal("I", Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[3]).Interfaces).Name.Value);
        Assert.Equal(OperationType.Query, Assert.Single(Assert.IsType<SchemaExtensionNode>(document.Definitions[1]).OperationTypes).Operation);
        var extension = Assert.IsType<DirectiveExtensionNode>(document.Definitions[14]);
        Assert.Equal(("a", "b"), (extension.Name.Value, Assert.Single(extension.Directives).Name.Value));
    }

    [Fact]
    public void Records_locations_of_nodes()
    {
        var document = Parser.Parse("\n  query Q {\r\n    field(arg: 1)\n  }");

        Assert.Equal(new Location(0, 35, 1, 1), document.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(3, 35, 2, 3), operation.Location);
        Assert.Equal(new Location(9, 10, 2, 9), operation.Name!.Location);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(new Location(18, 31, 3, 5), field.Location);
        Assert.Equal(new Location(29, 30, 3, 16), field.Arguments[0].Value.Location);
    }

    [Fact]
    public void NoLocation_leaves_locations_out()
    {
        var document = Parser.Parse("{ a(b: [1]) }", NoLocation);

        Assert.Null(document.Location);
        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Syntax_errors_are_graphql_exceptions_with_code_and_location()
    {
        GraphQLException error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a(x: ) }"));

        var graphQLError = Assert.Single(error.Errors);
        Assert.Equal("Syntax Error: Unexpected \")\".", graphQLError.Message);
        Assert.Equal("SYNTAX_ERROR", graphQLError.Code);
        Assert.Equal((1, 8), (graphQLError.Locations[0].Line, graphQLError.Locations[0].Column));
    }

    [Fact]
    public void Lists_are_never_null()
    {
        var operation = Single<OperationDefinitionNode>("query { a }");
        var scalar = Single<ScalarTypeDefinitionNode>("scalar S");

        Assert.NotNull(operation.VariableDefinitions);
        Assert.NotNull(operation.Directives);
        Assert.NotNull(scalar.Directives);
    }

    [Fact]
    public void Parses_the_kitchen_sinks()
    {
        Assert.Equal(6, Parser.Parse(KitchenSink.Query).Definitions.Count);
        Assert.Equal(38, Parser.Parse(KitchenSink.Schema).Definitions.Count);
    }
}
