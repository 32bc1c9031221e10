// ExecutableDefinitions, KnownOperationTypes, UniqueOperationNames, LoneAnonymousOperation,
// SingleFieldSubscriptions (§5.1, §5.2).
import { e } from './entry.mjs';

export default [
  // ExecutableDefinitionsRule
  e('executable definitions: only operations and fragments', 'query Q { dog { ...F } } fragment F on Dog { name }'),
  e('executable definitions: object type definition', 'query Q { hello } type Extra { a: Int }'),
  e('executable definitions: schema definition and extension', '{ hello } schema { query: Query } extend schema @tag(name: "x")'),
  e('executable definitions: type extensions', '{ hello } extend type Query { more: Int } extend interface Node { more: Int }'),
  e('executable definitions: directive definition', 'directive @x on FIELD { hello }'),
  e('executable definitions: many kinds', 'scalar S enum E { A } input I { a: Int } union U = Dog interface I2 { a: Int } { hello }'),
  // KnownOperationTypesRule
  e('known operation types: all roots present', 'query { hello } mutation M { increment } subscription S { tick }'),
  e('known operation types: mutation without root', 'mutation { hello }', { schema: 'query-only' }),
  e('known operation types: subscription without root', 'subscription { hello }', { schema: 'query-only' }),
  e('known operation types: query on query-only schema', '{ hello }', { schema: 'query-only' }),
  // UniqueOperationNamesRule
  e('unique operation names: distinct', 'query A { hello } query B { hello }', { operationName: 'A' }),
  e('unique operation names: fragment with same name', 'query Foo { dog { ...Foo } } fragment Foo on Dog { name }'),
  e('unique operation names: two queries', 'query Foo { hello } query Foo { favoriteColor }'),
  e('unique operation names: query and mutation', 'query Foo { hello } mutation Foo { increment }'),
  e('unique operation names: query and subscription', 'query Foo { hello } subscription Foo { tick }'),
  e('unique operation names: three times', 'query Foo { hello } query Foo { hello } query Foo { hello }'),
  // LoneAnonymousOperationRule
  e('lone anonymous: one anonymous', '{ hello }'),
  e('lone anonymous: anonymous and fragment', '{ dog { ...F } } fragment F on Dog { name }'),
  e('lone anonymous: two anonymous', '{ hello } { favoriteColor }'),
  e('lone anonymous: anonymous and named', '{ hello } query Named { hello }'),
  e('lone anonymous: anonymous mutation and query', 'mutation { increment } { hello }'),
  e('lone anonymous: anonymous subscription and named', 'subscription { tick } query Q { hello }'),
  // SingleFieldSubscriptionsRule
  e('single field subscription: one field', 'subscription S { messageAdded { text } }'),
  e('single field subscription: fragment with one field', 'subscription S { ...F } fragment F on Subscription { tick }'),
  e('single field subscription: same field twice', 'subscription S { tick tick }'),
  e('single field subscription: two fields', 'subscription S { tick messageAdded { text } }'),
  e('single field subscription: fields in fragments', 'subscription S { ...F ... on Subscription { tick } } fragment F on Subscription { messageAdded { id } }'),
  e('single field subscription: introspection field', 'subscription S { __typename }'),
  e('single field subscription: anonymous with two fields', 'subscription { tick failing }'),
  e('single field subscription: skipped field still counts', 'subscription S { tick failing @skip(if: true) }'),
  e('single field subscription: three fields', 'subscription S { tick failing messageAdded { id } }'),
];
