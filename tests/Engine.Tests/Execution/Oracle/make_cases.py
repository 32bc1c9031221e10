# Generates cases.json (inputs only); oracle.mjs then adds graphql-js's output as "expected".
import json

schemas = {
    "basic": """
type Query {
  a: String
  b: Int
  nn: String!
  list: [Int]
  nnList: [Int!]
  listNn: [Int]!
  nnListNn: [Int!]!
  obj: Obj
  nnObj: Obj!
  objs: [Obj]
  color: Color
  colors: [Color]
  echo(i: Int, f: Float, s: String, b: Boolean, id: ID, req: Int!, def: Int = 42, color: Color, list: [Int], nnList: [Int!], input: In, one: One): String
  big: Int
  str: String
  bool: Boolean
  float: Float
  id: ID
}
type Mutation { set(v: Int): Int }
type Obj {
  x: Int
  y: String
  nnx: Int!
  child: Obj
  nnChild: Obj!
  echo(i: Int, s: String): String
}
enum Color { RED GREEN BLUE }
input In { a: Int! b: String = "dflt" c: [Int!] d: Color nested: In }
input One @oneOf { a: Int b: String }
""",
    "abstract": """
type Query { pet: Pet pets: [Pet] nnPet: Pet! thing: Thing things: [Thing] }
interface Pet { name: String }
type Dog implements Pet { name: String barks: Boolean }
type Cat implements Pet { name: String meows: Boolean }
type Bird { wings: Int }
union Thing = Dog | Cat
""",
}

cases = []
def case(name, schema, query, root=None, variables=None, operationName=None):
    c = {"name": name, "schema": schema, "query": query}
    if root is not None: c["root"] = root
    if variables is not None: c["variables"] = variables
    if operationName is not None: c["operationName"] = operationName
    cases.append(c)

R = {"a": "hello", "b": 7, "nn": "x", "list": [1, 2, None], "obj": {"x": 1, "y": "why", "nnx": 2, "child": {"x": 3}},
     "objs": [{"x": 1}, None, {"x": 3}], "color": "GREEN", "colors": ["RED", "BLUE"]}

# fields, aliases, fragments, directives
case("fields and aliases", "basic", "{ a b first: a second: b obj { x y } }", R)
case("same key merges sub-selections", "basic", "{ obj { x } obj { y } obj { x child { x } } }", R)
case("named and inline fragments", "basic", "query Q { ...F obj { ... on Obj { y } ...G } } fragment F on Query { a } fragment G on Obj { x }", R)
case("fragment spread once", "basic", "{ ...F ...F a } fragment F on Query { b a }", R)
case("skip and include literals", "basic", "{ a @skip(if: true) b @include(if: false) obj @include(if: true) { x @skip(if: false) y } }", R)
case("skip include with variables", "basic", "query ($s: Boolean!, $i: Boolean!) { a @skip(if: $s) b @include(if: $i) ... @include(if: $i) { nn } }", R, {"s": True, "i": True})
case("skip and include together", "basic", "{ a @skip(if: false) @include(if: false) b @skip(if: true) @include(if: true) nn @skip(if: false) @include(if: true) }", R)
case("typename", "basic", "{ __typename obj { __typename t: __typename } }", R)
case("unknown field omitted", "basic", "{ a nope obj { x nope } }", R)
case("lists of objects", "basic", "{ objs { x } list }", R)
case("enum output", "basic", "{ color colors }", R)
case("enum invalid output", "basic", "{ color colors }", {"color": "PURPLE", "colors": ["RED", "NOPE"]})
case("scalar serialization errors", "basic", "{ big str bool float id b }", {"big": 3000000000, "str": "s", "bool": "yes", "float": "abc", "id": True, "b": 1.5})
case("scalar coercions", "basic", "{ str bool float id b }", {"str": 12, "bool": True, "float": 3, "id": 45, "b": "12"})
case("expected iterable", "basic", "{ list }", {"list": 5})
case("string is not a list", "basic", "{ list }", {"list": "abc"})

# non-null propagation
case("null in nullable field", "basic", "{ a obj { x } }", {"a": None, "obj": None})
case("null in non-null root field nulls data", "basic", "{ a nn }", {"a": "x", "nn": None})
case("error in non-null root field", "basic", "{ a nn }", {"a": "x", "nn": "!error:boom"})
case("error in nullable field", "basic", "{ a b }", {"a": "!error:bad a", "b": 1})
case("non-null child nulls parent", "basic", "{ obj { x nnx } a }", {"obj": {"x": 1, "nnx": None}, "a": "ok"})
case("non-null chain to nullable ancestor", "basic", "{ obj { child { nnChild { nnChild { nnx } } } } }", {"obj": {"child": {"nnChild": {"nnChild": {"nnx": None}}}}})
case("non-null chain to root", "basic", "{ nnObj { nnChild { nnx } } a }", {"a": "a", "nnObj": {"nnChild": {"nnx": None}}})
case("nullable error before non-null error", "basic", "{ obj { y: y x: nnx } }", {"obj": {"y": "!error:first", "nnx": "!error:second"}})
case("non-null error stops siblings", "basic", "{ obj { x: nnx y } }", {"obj": {"y": "!error:never", "nnx": "!error:first"}})
case("null item in [Int!]", "basic", "{ nnList }", {"nnList": [1, None, 3]})
case("error item in [Int]!", "basic", "{ listNn }", {"listNn": [1, "!error:item", 3]})
case("null list in [Int]!", "basic", "{ listNn a }", {"listNn": None, "a": "x"})
case("null item in [Int!]! nulls data", "basic", "{ nnListNn }", {"nnListNn": [1, None]})
case("error items in list of objects", "basic", "{ objs { x nnx } }", {"objs": [{"x": 1, "nnx": 1}, {"x": 2, "nnx": None}, {"x": 3, "nnx": "!error:third"}]})
case("invalid items in [Int]", "basic", "{ list }", {"list": [1, "x", 2.5, None]})

# arguments
case("argument literals", "basic", '{ echo(i: 1, f: 2, s: "s", b: true, id: 4, req: 5, color: RED, list: 3, nnList: [1, 2], input: {a: 1, c: 7, d: BLUE}, one: {b: "x"}) }')
case("argument default and absent", "basic", "{ echo(req: 1) }")
case("argument from variables", "basic", "query ($i: Int, $in: In, $c: Color, $l: [Int]) { echo(req: 1, i: $i, input: $in, color: $c, list: $l) }", None, {"i": 3, "in": {"a": 1, "nested": {"a": 2}}, "c": "GREEN", "l": [1, None]})
case("missing nullable variable uses argument default", "basic", "query ($d: Int) { echo(req: 1, def: $d) }")
case("explicit null variable overrides default", "basic", "query ($d: Int) { echo(req: 1, def: $d) }", None, {"d": None})
case("variable default value", "basic", "query ($d: Int = 7, $in: In = {a: 3}) { echo(req: 1, def: $d, input: $in) }")
case("input object field defaults and variables", "basic", "query ($a: Int) { echo(req: 1, input: {a: 5, c: [$a]}) }", None, {"a": 9})
case("required argument missing", "basic", "{ echo(i: 1) }")
case("required argument from null variable", "basic", "query ($r: Int) { echo(req: $r) }", None, {"r": None})
case("required argument from missing variable", "basic", "query ($r: Int) { echo(req: $r) }")
case("invalid argument literal", "basic", '{ echo(req: 1, i: "x") a }', R)
case("argument on nested field", "basic", '{ obj { echo(i: 3, s: "z") } }', R)

# variable coercion errors
V = "query ($i: Int!, $n: [Int!], $in: In, $c: Color, $o: One, $f: Float, $s: String, $b: Boolean, $id: ID) { a }"
case("variable required not provided", "basic", "query ($x: Int!) { a }", R, {})
case("variable required null", "basic", "query ($x: Int!) { a }", R, {"x": None})
case("variable Int non-integer", "basic", "query ($x: Int) { a }", R, {"x": 1.5})
case("variable Int string", "basic", "query ($x: Int) { a }", R, {"x": "1"})
case("variable Int overflow", "basic", "query ($x: Int) { a }", R, {"x": 3000000000})
case("variable Float string", "basic", "query ($x: Float) { a }", R, {"x": "1.5"})
case("variable String number", "basic", "query ($x: String) { a }", R, {"x": 1})
case("variable Boolean number", "basic", "query ($x: Boolean) { a }", R, {"x": 1})
case("variable ID bool", "basic", "query ($x: ID) { a }", R, {"x": True})
case("variable list item invalid", "basic", "query ($x: [Int!]) { a }", R, {"x": [1, None, "z"]})
case("variable list single value", "basic", "query ($x: [Int]) { echo(req: 1, list: $x) }", None, {"x": 5})
case("variable input not object", "basic", "query ($x: In) { a }", R, {"x": 5})
case("variable input missing required field", "basic", "query ($x: In) { a }", R, {"x": {"b": "q"}})
case("variable input unknown field", "basic", "query ($x: In) { a }", R, {"x": {"a": 1, "bb": 2}})
case("variable input unknown field no suggestion", "basic", "query ($x: In) { a }", R, {"x": {"a": 1, "zzzz": 2}})
case("variable input nested invalid", "basic", "query ($x: In) { a }", R, {"x": {"a": 1, "c": [1, "x"], "nested": {"a": None}}})
case("variable enum unknown", "basic", "query ($x: Color) { a }", R, {"x": "REDD"})
case("variable enum non-string", "basic", "query ($x: Color) { a }", R, {"x": 1})
case("variable oneOf two fields", "basic", "query ($x: One) { a }", R, {"x": {"a": 1, "b": "x"}})
case("variable oneOf null field", "basic", "query ($x: One) { a }", R, {"x": {"a": None}})
case("variable oneOf empty", "basic", "query ($x: One) { a }", R, {"x": {}})
case("variable oneOf valid", "basic", "query ($x: One) { echo(req: 1, one: $x) }", None, {"x": {"a": 4}})
case("variable of output type", "basic", "query ($x: Obj) { a }", R, {"x": 1})
case("variable of unknown type", "basic", "query ($x: Nope) { a }", R, {"x": 1})
case("several variable errors", "basic", "query ($a: Int!, $b: String!, $c: Color) { a }", R, {"c": "x"})

# operations
case("multiple operations without name", "basic", "query A { a } query B { b }", R)
case("unknown operation name", "basic", "query A { a }", R, None, "B")
case("pick operation by name", "basic", "query A { a } query B { b }", R, None, "B")
case("mutation not configured", "abstract", "mutation { x }")
case("subscription not configured", "basic", "subscription { x }")

# abstract types
P = {"pet": {"__typename": "Dog", "name": "Rex", "barks": True},
     "pets": [{"__typename": "Dog", "name": "Rex", "barks": True}, {"__typename": "Cat", "name": "Tom", "meows": False}, None],
     "thing": {"__typename": "Cat", "name": "Tom", "meows": True},
     "things": [{"__typename": "Cat", "name": "Tom"}, {"__typename": "Dog", "name": "Rex"}]}
case("interface with fragments", "abstract", "{ pet { __typename name ... on Dog { barks } ... on Cat { meows } } }", P)
case("list of interface", "abstract", "{ pets { name ... on Dog { barks } ...C } } fragment C on Cat { meows }", P)
case("union", "abstract", "{ thing { __typename ... on Cat { name meows } ... on Dog { name } } things { ... on Pet { name } } }", P)
case("abstract without typename", "abstract", "{ pet { name } }", {"pet": {"name": "x"}})
case("abstract with unknown typename", "abstract", "{ pet { name } }", {"pet": {"__typename": "Fish"}})
case("abstract resolved to non-object", "abstract", "{ pet { name } }", {"pet": {"__typename": "Pet"}})
case("abstract resolved to impossible type", "abstract", "{ pet { name } thing { __typename } }", {"pet": {"__typename": "Bird"}, "thing": {"__typename": "Bird"}})
case("non-null abstract error", "abstract", "{ nnPet { name } }", {"nnPet": {"name": "x"}})

# introspection meta fields
case("__type meta field", "abstract", '{ __type(name: "Pet") { name kind possibleTypes { name } } }')
case("__schema meta field", "abstract", "{ __schema { queryType { name } mutationType { name } } }")


# full introspection (graphql-js getIntrospectionQuery with every option on)
IQ = open("../../../Conformance/introspection-query.graphql").read().rstrip("\n")
case("introspection query basic", "basic", IQ)
case("introspection query abstract", "abstract", IQ)

json.dump({"schemas": schemas, "cases": cases}, open("cases.json", "w"), indent=2)
print(len(cases))
