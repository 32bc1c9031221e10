using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

/// <summary>
/// Printer output compared with graphql-js 17.1.0's print(): every expected string below was produced by
/// running print(parse(source)) with graphql-js on the same source.
/// </summary>
public sealed class PrinterTests
{
    /// <summary>Source and graphql-js's print() of it.</summary>
    public static TheoryData<string, string> PrintCases => new()
    {
        { "{ a }", "{\n  a\n}" },
        { "query { a }", "{\n  a\n}" },
        { "query Q { a }", "query Q {\n  a\n}" },
        { "query @dir { a }", "query @dir {\n  a\n}" },
        { "query ($a: Int) { a }", "query ($a: Int) {\n  a\n}" },
        { "mutation { a }", "mutation {\n  a\n}" },
        { "subscription S { a }", "subscription S {\n  a\n}" },
        { "query Q($a: [Int!]! = [1, 2], $b: In = {a: 1, b: [true]}) @d1 @d2(x: 1) { a }", "query Q($a: [Int!]! = [1, 2], $b: In = { a: 1, b: [true] }) @d1 @d2(x: 1) {\n  a\n}" },
        { "{ a: b(c: 1) @d { e ...f ... on G { h } ... @i { j } ... { k } } }", "{\n  a: b(c: 1) @d {\n    e\n    ...f\n    ... on G {\n      h\n    }\n    ... @i {\n      j\n    }\n    ... {\n      k\n    }\n  }\n}" },
        { "{ field(arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\") }", "{\n  field(\n    arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\"\n  )\n}" },
        { "{ field(arg: \"\"\"  leading space\"\"\") }", "{\n  field(arg: \"\"\"  leading space\"\"\")\n}" },
        { "{ field(arg: \"\"\"has \\\"\"\" inside\"\"\") }", "{\n  field(arg: \"\"\"has \\\"\"\" inside\"\"\")\n}" },
        { "{ field(arg: \"\"\"line1\n  line2\n    line3\"\"\") }", "{\n  field(arg: \"\"\"\n  line1\n  line2\n    line3\n  \"\"\")\n}" },
        { "{ field(arg: \"\"\"\n   \n  indented\n   \n\"\"\") }", "{\n  field(arg: \"\"\"indented\"\"\")\n}" },
        { "{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"\n    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n    \"\"\"\n  )\n}" },
        { "{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"\n  )\n}" },
        { "{ field(arg: \"\"\"\"\"\") }", "{\n  field(arg: \"\"\"\"\"\")\n}" },
        { "{ a(b: [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000, 27000, 28000, 29000]) }", "{\n  a(\n    b: [\n      0\n      1000\n      2000\n      3000\n      4000\n      5000\n      6000\n      7000\n      8000\n      9000\n      10000\n      11000\n      12000\n      13000\n      14000\n      15000\n      16000\n      17000\n      18000\n      19000\n      20000\n      21000\n      22000\n      23000\n      24000\n      25000\n      26000\n      27000\n      28000\n      29000\n    ]\n  )\n}" },
        { "{ a(obj: {key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5, key6: 6, key7: 7, key8: 8, key9: 9, key10: 10, key11: 11}) }", "{\n  a(\n    obj: {\n      key0: 0\n      key1: 1\n      key2: 2\n      key3: 3\n      key4: 4\n      key5: 5\n      key6: 6\n      key7: 7\n      key8: 8\n      key9: 9\n      key10: 10\n      key11: 11\n    }\n  )\n}" },
        { "{ a(x: {}, y: [], z: [{}], w: {a: []}) }", "{\n  a(x: {  }, y: [], z: [{  }], w: { a: [] })\n}" },
        { "{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 12345) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 12345\n  )\n}" },
        { "{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 1234) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 1234\n  )\n}" },
        { "{ alias: abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg: 1) }", "{\n  alias: abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg: 1\n  )\n}" },
        { "{ a { b { c(long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", other: [1, 2, 3]) { d } } } }", "{\n  a {\n    b {\n      c(\n        long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\n        other: [1, 2, 3]\n      ) {\n        d\n      }\n    }\n  }\n}" },
        { "{ a(nested: {list: [{deep: {deeper: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]}}]}) }", "{\n  a(\n    nested: {\n      list: [\n        {\n          deep: {\n            deeper: [\n              1\n              2\n              3\n              4\n              5\n              6\n              7\n              8\n              9\n              10\n              11\n              12\n              13\n              14\n              15\n              16\n              17\n              18\n              19\n              20\n              21\n              22\n              23\n            ]\n          }\n        }\n      ]\n    }\n  )\n}" },
        { "{ a(block: \"\"\"multi\nline\"\"\", other: 1) }", "{\n  a(block: \"\"\"\n  multi\n  line\n  \"\"\", other: 1)\n}" },
        { "query Q(\"desc\" $a: Int, $b: Int) { a }", "query Q(\n\"desc\"\n$a: Int\n$b: Int\n) {\n  a\n}" },
        { "\"\"\"block desc\"\"\" query Q { a }", "\"\"\"block desc\"\"\"\nquery Q {\n  a\n}" },
        { "\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}" },
        { "fragment F on T @d { a }", "fragment F on T @d {\n  a\n}" },
        { "fragment F on T { ...G @d(x: $v) }", "fragment F on T {\n  ...G @d(x: $v)\n}" },
        { "schema { query: Q mutation: M }", "schema {\n  query: Q\n  mutation: M\n}" },
        { "\"d\" schema @dir { query: Q }", "\"d\"\nschema @dir {\n  query: Q\n}" },
        { "extend schema @d", "extend schema @d" },
        { "extend schema { subscription: S }", "extend schema {\n  subscription: S\n}" },
        { "scalar S", "scalar S" },
        { "\"d\" scalar S @specifiedBy(url: \"https://x\")", "\"d\"\nscalar S @specifiedBy(url: \"https://x\")" },
        { "extend scalar S @d", "extend scalar S @d" },
        { "type T", "type T" },
        { "type T implements A & B @d { a: Int }", "type T implements A & B @d {\n  a: Int\n}" },
        { "type T implements & A { a: Int }", "type T implements A {\n  a: Int\n}" },
        { "type T { \"d\" a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\") }", "type T {\n  \"d\"\n  a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\")\n}" },
        { "type T { a(\"\"\"arg desc\"\"\" x: Int): Int }", "type T {\n  a(\n    \"\"\"arg desc\"\"\"\n    x: Int\n  ): Int\n}" },
        { "type T { a(\n\"\"\"\nmulti\nline\n\"\"\"\nx: Int, y: Int): Int }", "type T {\n  a(\n    \"\"\"\n    multi\n    line\n    \"\"\"\n    x: Int\n    y: Int\n  ): Int\n}" },
        { "\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n\n  more\n  \"\"\"\n  a: Int\n}", "\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n  \n  more\n  \"\"\"\n  a: Int\n}" },
        { "interface I implements J @d { a: Int }", "interface I implements J @d {\n  a: Int\n}" },
        { "extend interface I implements K", "extend interface I implements K" },
        { "extend interface I { b: Int }", "extend interface I {\n  b: Int\n}" },
        { "union U = A | B", "union U = A | B" },
        { "union U @d = | A | B", "union U @d = A | B" },
        { "union U", "union U" },
        { "extend union U = C", "extend union U = C" },
        { "extend union U @d", "extend union U @d" },
        { "enum E { A \"d\" B @d C }", "enum E {\n  A\n  \"d\"\n  B @d\n  C\n}" },
        { "enum E", "enum E" },
        { "extend enum E { D }", "extend enum E {\n  D\n}" },
        { "extend enum E @d", "extend enum E @d" },
        { "input I { a: Int = 1 @d, b: [I!] }", "input I {\n  a: Int = 1 @d\n  b: [I!]\n}" },
        { "input I", "input I" },
        { "extend input I { c: Int }", "extend input I {\n  c: Int\n}" },
        { "extend input I @d", "extend input I @d" },
        { "directive @d on FIELD", "directive @d on FIELD" },
        { "directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT", "directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT" },
        { "\"d\" directive @d(\"a\" a: Int) on | FIELD", "\"d\"\ndirective @d(\n  \"a\"\n  a: Int\n) on FIELD" },
        { "directive @d @e on FIELD", "directive @d @e on FIELD" },
        { "extend directive @d @e(x: 1)", "extend directive @d @e(x: 1)" },
        { "directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION", "directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION" },
        { "{ a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var) }", "{\n  a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var)\n}" },
        { "{\n  # comment\n  a, b\n}", "{\n  a\n  b\n}" },
        { "query Q($v: Int @d(a: 1) @e) @f { a }", "query Q($v: Int @d(a: 1) @e) @f {\n  a\n}" },
        { "{ a(s: \"\u00E9\uD83D\uDE00 \u0085 \u009F \u00A0\") }", "{\n  a(s: \"\u00E9\uD83D\uDE00 \\u0085 \\u009F \u00A0\")\n}" },
        { "{ f(d: \"\"\"desc with \r\n windows\"\"\") }", "{\n  f(d: \"\"\"\n  desc with \n  windows\n  \"\"\")\n}" },
    };

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void Prints_like_graphql_js(string source, string expected)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(expected, printed);
    }

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void Printed_output_parses_back_to_the_same_document(string source, string expected)
    {
        var document = Parser.Parse(source, new ParserOptions { NoLocation = true });

        var reparsed = Parser.Parse(expected, new ParserOptions { NoLocation = true });

        Assert.Equal(expected, Printer.Print(reparsed));
        Assert.Equal(Printer.Print(document), Printer.Print(reparsed));
    }

    [Fact]
    public void Prints_the_query_kitchen_sink_like_graphql_js()
    {
        Assert.Equal(KitchenSink.QueryPrinted, Printer.Print(Parser.Parse(KitchenSink.Query)));
    }

    [Fact]
    public void Prints_the_schema_kitchen_sink_like_graphql_js()
    {
        Assert.Equal(KitchenSink.SchemaPrinted, Printer.Print(Parser.Parse(KitchenSink.Schema)));
    }

    [Theory]
    [InlineData(nameof(KitchenSink.Query))]
    [InlineData(nameof(KitchenSink.Schema))]
    public void Kitchen_sinks_round_trip(string which)
    {
        var source = which == nameof(KitchenSink.Query) ? KitchenSink.Query : KitchenSink.Schema;
        var options = new ParserOptions { NoLocation = true };
        var document = Parser.Parse(source, options);

        var reparsed = Parser.Parse(Printer.Print(document), options);

        Assert.Equal(Printer.Print(document), Printer.Print(reparsed));
        Assert.Equal(document.Definitions.Count, reparsed.Definitions.Count);
    }
}
