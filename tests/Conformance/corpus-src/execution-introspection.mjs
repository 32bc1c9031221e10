// Introspection (§4) executed against the conformance schema.
import { getIntrospectionQuery } from 'graphql';
import { e } from './entry.mjs';

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

export default [
  e('schema root types', '{ __schema { description queryType { name } mutationType { name } subscriptionType { name kind } } }'),
  e('all type names and kinds', '{ __schema { types { name kind } } }'),
  e('directives', '{ __schema { directives { name description isRepeatable locations args { name description defaultValue isDeprecated deprecationReason type { name kind ofType { name kind } } } } } }'),
  e('directives with deprecated args', '{ __schema { directives { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }'),
  e('object type', `{ __type(name: "Dog") { kind name description specifiedByURL isOneOf interfaces { name } fields { name description isDeprecated deprecationReason args { name defaultValue type { ${typeRef} } } type { ${typeRef} } } } }`),
  e('object fields with deprecated', '{ __type(name: "Cat") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }'),
  e('object fields without deprecated', '{ __type(name: "Cat") { fields(includeDeprecated: false) { name } } }'),
  e('interface type', '{ __type(name: "Pet") { kind name interfaces { name } possibleTypes { name } fields { name } } }'),
  e('interface implementing interfaces', '{ __type(name: "Canine") { interfaces { name } possibleTypes { name } } e: __type(name: "Entity") { interfaces { name } possibleTypes { name } } }'),
  e('union type', '{ __type(name: "SearchResult") { kind name description possibleTypes { name kind } fields { name } interfaces { name } } }'),
  e('enum type', '{ __type(name: "Color") { kind name description enumValues { name description isDeprecated deprecationReason } } }'),
  e('enum values with deprecated', '{ __type(name: "Color") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }'),
  e('input object type', `{ __type(name: "ComplexInput") { kind name isOneOf inputFields { name description defaultValue isDeprecated deprecationReason type { ${typeRef} } } } }`),
  e('input fields with deprecated', '{ __type(name: "ComplexInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } }'),
  e('oneOf input type', '{ __type(name: "Filter") { isOneOf description inputFields { name type { name kind } } } r: __type(name: "Range") { isOneOf inputFields { name defaultValue } } }'),
  e('scalar types', '{ a: __type(name: "DateTime") { kind name description specifiedByURL } b: __type(name: "JSON") { description specifiedByURL } c: __type(name: "Url") { specifiedByURL } d: __type(name: "Int") { description specifiedByURL } }'),
  e('field arguments with deprecated', '{ __type(name: "Echo") { fields { name args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } } }'),
  e('default values printed', '{ __type(name: "Echo") { fields { name args { name defaultValue } } } }'),
  e('unknown type is null', '{ __type(name: "Nope") { name } }'),
  e('introspection types themselves', '{ __type(name: "__Type") { name kind fields { name args { name defaultValue } } } d: __type(name: "__DirectiveLocation") { enumValues { name } } }'),
  e('typename of introspection objects', '{ __schema { __typename queryType { __typename } } __type(name: "Dog") { __typename fields { __typename type { __typename } } } }'),
  e('type ofType chain', '{ __type(name: "Nested") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }'),
  e('built-in scalars descriptions', '{ s: __type(name: "String") { description } b: __type(name: "Boolean") { description } f: __type(name: "Float") { description } i: __type(name: "ID") { description } }'),
  e('introspection with variables', 'query Q($name: String!) { __type(name: $name) { name kind } }', { variables: { name: 'Being' } }),
  e('literal default values as introspection prints them', '{ __type(name: "Echo") { fields { name args { name defaultValue type { name kind } } } } }'),
  e('tricky block description', '{ __type(name: "Message") { description } }'),
  e('echo of literal defaults', '{ echo { echoLiteralDefaults } }'),
  e('full introspection query', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })),
  e('default introspection query', getIntrospectionQuery()),
  e('introspection query without descriptions', getIntrospectionQuery({ descriptions: false })),
];
