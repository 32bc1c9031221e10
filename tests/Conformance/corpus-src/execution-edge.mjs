// Edge cases of result coercion, abstract type resolution, variable coercion paths and limits.
import { e } from './entry.mjs';

const echo = (varDef, field) => `query Q(${varDef}) { echo { ${field} } }`;

export default [
  // result coercion (CompleteValue on leaves and lists)
  e('string from number and boolean', '{ weird { value nonNullValue } }'),
  e('id from float', '{ weird { key } }'),
  e('int from string', '{ weird { count } }'),
  e('float from numeric string', '{ weird { ratio } }'),
  e('boolean from number', '{ weird { flag } }'),
  e('enum from number', '{ weird { color } }'),
  e('list from string', '{ weird { colors } }'),
  e('list from number', '{ weird { scalarList } }'),
  e('non-list item in matrix', '{ weird { matrix } }'),
  e('list from object', '{ weird { list { value } } }'),
  e('string from object and list', '{ weird { child { value nonNullValue } } }'),
  e('scalars at their limits', '{ weird { child { key count ratio flag } nonNullChild { count ratio } } }'),
  e('string from float and boolean', '{ weird { nonNullChild { value nonNullValue } } }'),
  e('id from string', '{ weird { nonNullChild { key } } }'),
  e('deprecated enum values serialize', '{ weird { nonNullChild { color colors } } }'),
  e('error message with quotes and newline', '{ weird { fail } }'),
  e('all weird fields at once', '{ weird { value nonNullValue key count ratio flag color colors scalarList matrix list { value } } }'),
  // abstract type resolution failures
  e('interface value without typename', '{ badPets { __typename name } }'),
  e('interface value of a type that does not implement it', '{ badPets { name ... on Dog { tricks } } }'),
  e('union value of a type outside the union', '{ badUnion { __typename ... on Cat { lives } } }'),
  e('union value without typename only typename', '{ badUnion { __typename } }'),
  // variable coercion paths and counts
  e('many bad list items in a variable', echo('$v: [Int!]!', 'echoNonNullList(value: $v)'), { variables: { v: [1, 'x', null, 2.5, true, [], {}] } }),
  e('bad items in a list of input objects', echo('$v: [ComplexInput!]', 'echoInputs(value: $v)'), { variables: { v: [{ requiredField: true }, { requiredField: 'no', intField: 'one' }, null, { nested: { requiredField: 1 } }] } }),
  e('bad nested matrix variable', echo('$v: ComplexInput', 'echoInput(value: $v)'), { variables: { v: { requiredField: true, matrix: [[1, 'a'], 'b', null] } } }),
  e('oneOf variable nested in input', echo('$v: Filter', 'echoFilter(value: $v)'), { variables: { v: { range: { from: 1 } } } }),
  e('oneOf variable with unknown field', echo('$v: Filter', 'echoFilter(value: $v)'), { variables: { v: { nme: 'x' } } }),
  e('float variable large', echo('$v: Float', 'echoFloat(value: $v)'), { variables: { v: 1.7976931348623157e308 } }),
  e('float variable tiny', echo('$v: Float', 'echoFloat(value: $v)'), { variables: { v: 5e-324 } }),
  e('int variable at limits', echo('$a: Int, $b: Int', 'a: echoInt(value: $a) b: echoInt(value: $b)'), { variables: { a: 2147483647, b: -2147483648 } }),
  e('int variable just past the limit', echo('$a: Int', 'echoInt(value: $a)'), { variables: { a: 2147483648 } }),
  e('id variable from large int', echo('$v: ID', 'echoId(value: $v)'), { variables: { v: 9007199254740991 } }),
  e('string variable with control characters', echo('$v: String', 'echoString(value: $v)'), { variables: { v: '\u0000\u0001\u001f\u007f\u2028\u2029' } }),
  e('enum variable as deprecated and lowercase', echo('$a: Color, $b: Color', 'a: echoColor(value: $a) b: echoColor(value: $b)'), { variables: { a: 'BLUE', b: 'red' } }),
  e('null inside non-null list variable of input objects', echo('$v: [ComplexInput!]', 'echoInputs(value: $v)'), { variables: { v: [null] } }),
  e('input object variable given a list', echo('$v: ComplexInput', 'echoInput(value: $v)'), { variables: { v: [{ requiredField: true }] } }),
  e('custom scalar variable of every JSON kind', echo('$a: JSON, $b: JSON, $c: JSON, $d: JSON', 'a: echoJson(value: $a) b: echoJson(value: $b) c: echoJson(value: $c) d: echoJson(value: $d)'), { variables: { a: null, b: [1, [2, [3]]], c: 'text', d: { nested: { deeper: [true, false, null, 0.5] } } } }),
  e('variable default with nested defaults', 'query Q($v: [ComplexInput] = [{requiredField: true}, null]) { echo { echoInputs(value: $v) } }'),
  e('variable default list into list of non-null', 'query Q($v: [Int] = [1, 2]) { echo { echoNonNullList(value: $v) } }'),
  // literal coercion at execution
  e('literal float edge values', '{ echo { a: echoFloat(value: 1e308) b: echoFloat(value: 0.1) c: echoFloat(value: 123456789.123456789) d: echoFloat(value: 1e-7) e: echoFloat(value: 100000000000000000000000) } }'),
  e('literal int edge values', '{ echo { a: echoInt(value: 2147483647) b: echoInt(value: -2147483648) c: echoId(value: 12345678901234567890) } }'),
  e('literal strings with surrogates and separators', String.raw`{ echo { echoString(value: "\u2028\u2029\uD83D\uDE00\u{10FFFF}\u0000") } }`),
  e('literal block string with CRLF and trailing spaces', '{ echo { echoString(value: """\r\n  one  \r\n\r\n    two\r\n  """) } }'),
  e('literal enum list into custom scalar', '{ echo { echoJson(value: [RED, {a: BLUE}, null, "s", 1.5e2]) } }'),
  e('input object with every default and nulls', '{ echo { echoInput(value: {requiredField: false, nonNullListField: [], matrix: [[1]], nested: null}) echoDefaults(a: null, c: null, d: null) } }'),
  // requests
  e('typename only in mutation', 'mutation { __typename }'),
  e('subscription root typename with alias', 'subscription { messageAdded { __typename t: __typename } }'),
  e('subscription with skipped nested field', 'subscription { messageAdded { id text @skip(if: true) } }'),
  e('subscription with variable', 'subscription S($r: String) { messageAdded(room: $r) { id } }', { variables: { r: 'x' } }),
  e('operation name given for anonymous operation', '{ hello }', { operationName: 'Missing' }),
  e('variables for anonymous query', 'query ($v: Int!) { echo { echoNonNullInt(value: $v) } }', { variables: { v: 5 } }),
  e('deep null propagation chain in list', '{ nested { nonNullChild { nonNullChild { nonNullChild { value } } } } nestedList { nonNullValue } }'),
];
