using Graph.Engine.Language;

namespace Graph.Engine.Tests.Language;

/// <summary>
/// Printer output compared with graphql-js 17.1.0's print(): every expected string below was produced by
/// running print(parse(source)) with graphql-js on the same source.
/// </summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @dir { a }", "query @dir {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1, 2], $b: In = {a: 1, b: [true]}) @d1 @d2(x: 1) { a }", "query Q($a: [Int!]! = [1, 2], $b: In = { a: 1, b: [true] }) @d1 @d2(x: 1) {\n  a\n}")]
    [InlineData("{ a: b(c: 1) @d { e ...f ... on G { h } ... @i { j } ... { k } } }", "{\n  a: b(c: 1) @d {\n    e\n    ...f\n    ... on G {\n      h\n    }\n    ... @i {\n      j\n    }\n    ... {\n      k\n    }\n  }\n}")]
    [InlineData("{ field(arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\") }", "{\n  field(\n    arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"  leading space\"\"\") }", "{\n  field(arg: \"\"\"  leading space\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"has \\\"\"\" inside\"\"\") }", "{\n  field(arg: \"\"\"has \\\"\"\" inside\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"line1\n  line2\n    line3\"\"\") }", "{\n  field(arg: \"\"\"\n  line1\n  line2\n    line3\n  \"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"\n   \n  indented\n   \n\"\"\") }", "{\n  field(arg: \"\"\"indented\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"\n    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n    \"\"\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"\"\"\") }", "{\n  field(arg: \"\"\"\"\"\")\n}")]
    [InlineData("{ a(b: [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000, 27000, 28000, 29000]) }", "{\n  a(\n    b: [\n      0\n      1000\n      2000\n      3000\n      4000\n      5000\n      6000\n      7000\n      8000\n      9000\n      10000\n      11000\n      12000\n      13000\n      14000\n      15000\n      16000\n      17000\n      18000\n      19000\n      20000\n      21000\n      22000\n      23000\n      24000\n      25000\n      26000\n      27000\n      28000\n      29000\n    ]\n  )\n}")]
    [InlineData("{ a(obj: {key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5, key6: 6, key7: 7, key8: 8, key9: 9, key10: 10, key11: 11}) }", "{\n  a(\n    obj: {\n      key0: 0\n      key1: 1\n      key2: 2\n      key3: 3\n      key4: 4\n      key5: 5\n      key6: 6\n      key7: 7\n      key8: 8\n      key9: 9\n      key10: 10\n      key11: 11\n    }\n  )\n}")]
    [InlineData("{ a(x: {}, y: [], z: [{}], w: {a: []}) }", "{\n  a(x: {  }, y: [], z: [{  }], w: { a: [] })\n}")]
    [InlineData("{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 12345) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 12345\n  )\n}")]
    [InlineData("{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 1234) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 1234\n  )\n}")]
    [InlineData("{ alias: abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg: 1) }", "{\n  alias: abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg: 1\n  )\n}")]
    [InlineData("{ a { b { c(long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", other: [1, 2, 3]) { d } } } }", "{\n  a {\n    b {\n      c(\n        long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\n        other: [1, 2, 3]\n      ) {\n        d\n      }\n    }\n  }\n}")]
    [InlineData("{ a(nested: {list: [{deep: {deeper: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]}}]}) }", "{\n  a(\n    nested: {\n      list: [\n        {\n          deep: {\n            deeper: [\n              1\n              2\n              3\n              4\n              5\n              6\n              7\n              8\n              9\n              10\n              11\n              12\n              13\n              14\n              15\n              16\n              17\n              18\n              19\n              20\n              21\n              22\n              23\n            ]\n          }\n        }\n      ]\n    }\n  )\n}")]
    [InlineData("{ a(block: \"\"\"multi\nline\"\"\", other: 1) }", "{\n  a(block: \"\"\"\n  multi\n  line\n  \"\"\", other: 1)\n}")]
    [InlineData("query Q(\"desc\" $a: Int, $b: Int) { a }", "query Q(\n\"desc\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData("\"\"\"block desc\"\"\" query Q { a }", "\"\"\"block desc\"\"\"\nquery Q {\n  a\n}")]
    [InlineData("\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { ...G @d(x: $v) }", "fragment F on T {\n  ...G @d(x: $v)\n}")]
    [InlineData("schema { query: Q mutation: M }", "schema {\n  query: Q\n  mutation: M\n}")]
    [InlineData("\"d\" schema @dir { query: Q }", "\"d\"\nschema @dir {\n  query: Q\n}")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("extend schema { subscription: S }", "extend schema {\n  subscription: S\n}")]
    [InlineData("scalar S", "scalar S")]
    [InlineData("\"d\" scalar S @specifiedBy(url: \"https://x\")", "\"d\"\nscalar S @specifiedBy(url: \"https://x\")")]
    [InlineData("extend scalar S @d", "extend scalar S @d")]
    [InlineData("type T", "type T")]
    [InlineData("type T implements A & B @d { a: Int }", "type T implements A & B @d {\n  a: Int\n}")]
    [InlineData("type T implements & A { a: Int }", "type T implements A {\n  a: Int\n}")]
    [InlineData("type T { \"d\" a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\") }", "type T {\n  \"d\"\n  a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\")\n}")]
    [InlineData("type T { a(\"\"\"arg desc\"\"\" x: Int): Int }", "type T {\n  a(\n    \"\"\"arg desc\"\"\"\n    x: Int\n  ): Int\n}")]
    [InlineData("type T { a(\n\"\"\"\nmulti\nline\n\"\"\"\nx: Int, y: Int): Int }", "type T {\n  a(\n    \"\"\"\n    multi\n    line\n    \"\"\"\n    x: Int\n    y: Int\n  ): Int\n}")]
    [InlineData("\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n\n  more\n  \"\"\"\n  a: Int\n}", "\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n  \n  more\n  \"\"\"\n  a: Int\n}")]
    [InlineData("interface I implements J @d { a: Int }", "interface I implements J @d {\n  a: Int\n}")]
    [InlineData("extend interface I implements K", "extend interface I implements K")]
    [InlineData("extend interface I { b: Int }", "extend interface I {\n  b: Int\n}")]
    [InlineData("union U = A | B", "union U = A | B")]
    [InlineData("union U @d = | A | B", "union U @d = A | B")]
    [InlineData("union U", "union U")]
    [InlineData("extend union U = C", "extend union U = C")]
    [InlineData("extend union U @d", "extend union U @d")]
    [InlineData("enum E { A \"d\" B @d C }", "enum E {\n  A\n  \"d\"\n  B @d\n  C\n}")]
    [InlineData("enum E", "enum E")]
    [InlineData("extend enum E { D }", "extend enum E {\n  D\n}")]
    [InlineData("extend enum E @d", "extend enum E @d")]
    [InlineData("input I { a: Int = 1 @d, b: [I!] }", "input I {\n  a: Int = 1 @d\n  b: [I!]\n}")]
    [InlineData("input I", "input I")]
    [InlineData("extend input I { c: Int }", "extend input I {\n  c: Int\n}")]
    [InlineData("extend input I @d", "extend input I @d")]
    [InlineData("directive @d on FIELD", "directive @d on FIELD")]
    [InlineData("directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT", "directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT")]
    [InlineData("\"d\" directive @d(\"a\" a: Int) on | FIELD", "\"d\"\ndirective @d(\n  \"a\"\n  a: Int\n) on FIELD")]
    [InlineData("directive @d @e on FIELD", "directive @d @e on FIELD")]
    [InlineData("extend directive @d @e(x: 1)", "extend directive @d @e(x: 1)")]
    [InlineData("directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION", "directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION")]
    [InlineData("{ a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var) }", "{\n  a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var)\n}")]
    [InlineData("{\n  # comment\n  a, b\n}", "{\n  a\n  b\n}")]
    [InlineData("query Q($v: Int @d(a: 1) @e) @f { a }", "query Q($v: Int @d(a: 1) @e) @f {\n  a\n}")]
    [InlineData("{ a(s: \"\u00E9\uD83D\uDE00 \u0085 \u009F \u00A0\") }", "{\n  a(s: \"\u00E9\uD83D\uDE00 \\u0085 \\u009F \u00A0\")\n}")]
    [InlineData("{ f(d: \"\"\"desc with \r\n windows\"\"\") }", "{\n  f(d: \"\"\"\n  desc with \n  windows\n  \"\"\")\n}")]
    public void Prints_like_graphql_js(string source, string expected)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(expected, printed);
    }

    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @dir { a }", "query @dir {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1, 2], $b: In = {a: 1, b: [true]}) @d1 @d2(x: 1) { a }", "query Q($a: [Int!]! = [1, 2], $b: In = { a: 1, b: [true] }) @d1 @d2(x: 1) {\n  a\n}")]
    [InlineData("{ a: b(c: 1) @d { e ...f ... on G { h } ... @i { j } ... { k } } }", "{\n  a: b(c: 1) @d {\n    e\n    ...f\n    ... on G {\n      h\n    }\n    ... @i {\n      j\n    }\n    ... {\n      k\n    }\n  }\n}")]
    [InlineData("{ field(arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\") }", "{\n  field(\n    arg: \"a string with \\\"quotes\\\" and \\\\ and \\n newline and \\u0001 control and \\u007F del\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"  leading space\"\"\") }", "{\n  field(arg: \"\"\"  leading space\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"has \\\"\"\" inside\"\"\") }", "{\n  field(arg: \"\"\"has \\\"\"\" inside\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"line1\n  line2\n    line3\"\"\") }", "{\n  field(arg: \"\"\"\n  line1\n  line2\n    line3\n  \"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"\n   \n  indented\n   \n\"\"\") }", "{\n  field(arg: \"\"\"indented\"\"\")\n}")]
    [InlineData("{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"\n    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n    \"\"\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\") }", "{\n  field(\n    arg: \"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"\n  )\n}")]
    [InlineData("{ field(arg: \"\"\"\"\"\") }", "{\n  field(arg: \"\"\"\"\"\")\n}")]
    [InlineData("{ a(b: [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000, 27000, 28000, 29000]) }", "{\n  a(\n    b: [\n      0\n      1000\n      2000\n      3000\n      4000\n      5000\n      6000\n      7000\n      8000\n      9000\n      10000\n      11000\n      12000\n      13000\n      14000\n      15000\n      16000\n      17000\n      18000\n      19000\n      20000\n      21000\n      22000\n      23000\n      24000\n      25000\n      26000\n      27000\n      28000\n      29000\n    ]\n  )\n}")]
    [InlineData("{ a(obj: {key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5, key6: 6, key7: 7, key8: 8, key9: 9, key10: 10, key11: 11}) }", "{\n  a(\n    obj: {\n      key0: 0\n      key1: 1\n      key2: 2\n      key3: 3\n      key4: 4\n      key5: 5\n      key6: 6\n      key7: 7\n      key8: 8\n      key9: 9\n      key10: 10\n      key11: 11\n    }\n  )\n}")]
    [InlineData("{ a(x: {}, y: [], z: [{}], w: {a: []}) }", "{\n  a(x: {  }, y: [], z: [{  }], w: { a: [] })\n}")]
    [InlineData("{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 12345) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 12345\n  )\n}")]
    [InlineData("{ abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg3: 1234) }", "{\n  abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg3: 1234\n  )\n}")]
    [InlineData("{ alias: abcdefghijklmnopqrstuvwxyz(argumentNumberOne: 1, argumentNumberTwo: 2, arg: 1) }", "{\n  alias: abcdefghijklmnopqrstuvwxyz(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    arg: 1\n  )\n}")]
    [InlineData("{ a { b { c(long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", other: [1, 2, 3]) { d } } } }", "{\n  a {\n    b {\n      c(\n        long: \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\n        other: [1, 2, 3]\n      ) {\n        d\n      }\n    }\n  }\n}")]
    [InlineData("{ a(nested: {list: [{deep: {deeper: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]}}]}) }", "{\n  a(\n    nested: {\n      list: [\n        {\n          deep: {\n            deeper: [\n              1\n              2\n              3\n              4\n              5\n              6\n              7\n              8\n              9\n              10\n              11\n              12\n              13\n              14\n              15\n              16\n              17\n              18\n              19\n              20\n              21\n              22\n              23\n            ]\n          }\n        }\n      ]\n    }\n  )\n}")]
    [InlineData("{ a(block: \"\"\"multi\nline\"\"\", other: 1) }", "{\n  a(block: \"\"\"\n  multi\n  line\n  \"\"\", other: 1)\n}")]
    [InlineData("query Q(\"desc\" $a: Int, $b: Int) { a }", "query Q(\n\"desc\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData("\"\"\"block desc\"\"\" query Q { a }", "\"\"\"block desc\"\"\"\nquery Q {\n  a\n}")]
    [InlineData("\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { ...G @d(x: $v) }", "fragment F on T {\n  ...G @d(x: $v)\n}")]
    [InlineData("schema { query: Q mutation: M }", "schema {\n  query: Q\n  mutation: M\n}")]
    [InlineData("\"d\" schema @dir { query: Q }", "\"d\"\nschema @dir {\n  query: Q\n}")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("extend schema { subscription: S }", "extend schema {\n  subscription: S\n}")]
    [InlineData("scalar S", "scalar S")]
    [InlineData("\"d\" scalar S @specifiedBy(url: \"https://x\")", "\"d\"\nscalar S @specifiedBy(url: \"https://x\")")]
    [InlineData("extend scalar S @d", "extend scalar S @d")]
    [InlineData("type T", "type T")]
    [InlineData("type T implements A & B @d { a: Int }", "type T implements A & B @d {\n  a: Int\n}")]
    [InlineData("type T implements & A { a: Int }", "type T implements A {\n  a: Int\n}")]
    [InlineData("type T { \"d\" a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\") }", "type T {\n  \"d\"\n  a(x: Int = 1 @d, y: [String!]!): [T] @deprecated(reason: \"no\")\n}")]
    [InlineData("type T { a(\"\"\"arg desc\"\"\" x: Int): Int }", "type T {\n  a(\n    \"\"\"arg desc\"\"\"\n    x: Int\n  ): Int\n}")]
    [InlineData("type T { a(\n\"\"\"\nmulti\nline\n\"\"\"\nx: Int, y: Int): Int }", "type T {\n  a(\n    \"\"\"\n    multi\n    line\n    \"\"\"\n    x: Int\n    y: Int\n  ): Int\n}")]
    [InlineData("\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n\n  more\n  \"\"\"\n  a: Int\n}", "\"\"\"\nType desc\n\nwith blank line\n\"\"\"\ntype T {\n  \"\"\"\n  field desc\n  \n  more\n  \"\"\"\n  a: Int\n}")]
    [InlineData("interface I implements J @d { a: Int }", "interface I implements J @d {\n  a: Int\n}")]
    [InlineData("extend interface I implements K", "extend interface I implements K")]
    [InlineData("extend interface I { b: Int }", "extend interface I {\n  b: Int\n}")]
    [InlineData("union U = A | B", "union U = A | B")]
    [InlineData("union U @d = | A | B", "union U @d = A | B")]
    [InlineData("union U", "union U")]
    [InlineData("extend union U = C", "extend union U = C")]
    [InlineData("extend union U @d", "extend union U @d")]
    [InlineData("enum E { A \"d\" B @d C }", "enum E {\n  A\n  \"d\"\n  B @d\n  C\n}")]
    [InlineData("enum E", "enum E")]
    [InlineData("extend enum E { D }", "extend enum E {\n  D\n}")]
    [InlineData("extend enum E @d", "extend enum E @d")]
    [InlineData("input I { a: Int = 1 @d, b: [I!] }", "input I {\n  a: Int = 1 @d\n  b: [I!]\n}")]
    [InlineData("input I", "input I")]
    [InlineData("extend input I { c: Int }", "extend input I {\n  c: Int\n}")]
    [InlineData("extend input I @d", "extend input I @d")]
    [InlineData("directive @d on FIELD", "directive @d on FIELD")]
    [InlineData("directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT", "directive @d(a: Int = 1, b: String) repeatable on FIELD | QUERY | OBJECT")]
    [InlineData("\"d\" directive @d(\"a\" a: Int) on | FIELD", "\"d\"\ndirective @d(\n  \"a\"\n  a: Int\n) on FIELD")]
    [InlineData("directive @d @e on FIELD", "directive @d @e on FIELD")]
    [InlineData("extend directive @d @e(x: 1)", "extend directive @d @e(x: 1)")]
    [InlineData("directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION", "directive @d(reallyLongArgumentName: String, anotherReallyLongArgumentName: Int, third: Boolean) on FIELD_DEFINITION")]
    [InlineData("{ a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var) }", "{\n  a(x: 1.5e10, y: -0, z: ENUM, w: null, v: true, u: $var)\n}")]
    [InlineData("{\n  # comment\n  a, b\n}", "{\n  a\n  b\n}")]
    [InlineData("query Q($v: Int @d(a: 1) @e) @f { a }", "query Q($v: Int @d(a: 1) @e) @f {\n  a\n}")]
    [InlineData("{ a(s: \"\u00E9\uD83D\uDE00 \u0085 \u009F \u00A0\") }", "{\n  a(s: \"\u00E9\uD83D\uDE00 \\u0085 \\u009F \u00A0\")\n}")]
    [InlineData("{ f(d: \"\"\"desc with \r\n windows\"\"\") }", "{\n  f(d: \"\"\"\n  desc with \n  windows\n  \"\"\")\n}")]
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
