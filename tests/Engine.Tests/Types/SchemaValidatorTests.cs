using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

/// <summary>validateSchema parity: each expected message list was produced by graphql-js 17.1 for the same SDL.</summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "type Query { a: Int } schema { query: Query mutation: Query }", "All root types must be different, \"Query\" type is used as query and mutation root types." },
        { "type Query { a: Int } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference." },
        { "type Query { a: Int } interface I { a: Int } type T implements I & I { a: Int }", "Type T can only implement I once." },
        { "type Query { f(a: Int! @deprecated): Int }", "Required argument Query.f(a:) cannot be deprecated." },
        { "type Query { f: Int } input In { a: Int! @deprecated }", "Required input field In.a cannot be deprecated." },
        { "type Query { f: Int } directive @d(a: Int! @deprecated) on FIELD", "Required argument @d(a:) cannot be deprecated." },
        { "type Query { a: Int } type A { x: Int } union U = A | A", "Union type U can only include type A once." },
        { "type Query { a: Int } interface I { f(x: Int): Int } type T implements I { f: Int }", "Interface field argument I.f(x:) expected but T.f does not provide it." },
        { "type Query { a: Int } interface I { f: Int } type T implements I { f: Int @deprecated }", "Interface field I.f is not deprecated, so implementation field T.f must not be deprecated." },
        { "type Query { a: Int } interface I { f: [Int] } type T implements I { f: [String] }", "Interface field I.f expects type [Int] but T.f is type [String]." },
        { "type Query { a: Int } interface I { f: I } type T implements I { f: T }", "" },
        { "type Query { a: Int } input A { b: B! } input B { c: C! } input C { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.c, C.a." },
        { "type Query { a: Int } input A @oneOf { b: B } input B @oneOf { a: A }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a." },
        { "type Query { a: Int } input A { b: [A!]! }", "" },
        { "type Query { f(x: In = {}): Int } input In { a: Int! }", "Query.f(x:) has invalid default value: Expected value of type \"In\" to include required field \"a\", found: {  }." },
        { "type Query { f(x: In = {a: 1, z: 2}): Int } input In { a: Int }", "Query.f(x:) has invalid default value: Expected value of type \"In\" not to include unknown field \"z\". Did you mean \"a\"? Found: { a: 1, z: 2 }." },
        { "type Query { f(x: [Int!] = [1, null]): Int }", "Query.f(x:) has invalid default value at [1]: Expected value of non-null type \"Int!\" not to be null." },
        { "type Query { f(x: E = C): Int } enum E { A B }", "Query.f(x:) has invalid default value: Value \"C\" does not exist in \"E\" enum. Did you mean the enum value \"A\" or \"B\"?" },
        { "type Query { f(x: E = \"A\"): Int } enum E { A B }", "Query.f(x:) has invalid default value: Enum \"E\" cannot represent non-enum value: \"A\". Did you mean the enum value \"A\"?" },
        { "type Query { f(x: P = {a: 1, b: 2}): Int } input P @oneOf { a: Int b: Int }", "Query.f(x:) has invalid default value: Within OneOf Input Object type \"P\", exactly one field must be specified, and the value for that field must be non-null." },
        { "type Query { a: Int } input A { b: A = {} }", "Invalid circular reference. The default value of Input Object field A.b references itself." },
        { "type Query { a: Int } input A { x: B = {} } input B { y: A = {} }", "Invalid circular reference. The default value of Input Object field A.x references itself via the default values of: B.y." },
        { "type Query { __a: Int } type __B { x: Int } enum E { __C }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.\nName \"__B\" must not begin with \"__\", which is reserved by GraphQL introspection.\nName \"__C\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a: Int } interface A implements B { a: Int } interface B implements A { a: Int }", "Type A cannot implement B because it would create a circular reference.\nType B cannot implement A because it would create a circular reference." },
        { "type Query { a: Int } interface A { a: Int } interface B implements A { a: Int } type T implements B { a: Int }", "Type T must implement A because it is implemented by B." },
        { "type Mutation { a: Int }", "Query root type must be provided." },
        { "type Query { f(a: In): Out } input In { x: Int } type Out { y: Int } type Bad { z(arg: Out): In }", "The type of Bad.z must be Output Type but got: In.\nThe type of Bad.z(arg:) must be Input Type but got: Out." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_what_graphql_js_reports(string sdl, string expected)
    {
        var schema = SchemaBuilder.FromSdl(sdl, new SchemaBuildOptions { AssumeValid = true });
        var messages = SchemaValidator.Validate(schema).Select(e => e.Message);
        Assert.Equal(expected, string.Join("\n", messages));
    }

    [Fact]
    public void Builder_throws_the_same_errors()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } type A { x: Int } union U = A | A"));
        Assert.Equal(["Union type U can only include type A once."], error.Errors);
    }
}
