// Mutations (serial execution, §6.2.2) and subscriptions (§6.2.3, one result per source event).
import { e } from './entry.mjs';

export default [
  e('mutation increments serially', 'mutation { a: increment b: increment(by: 10) c: increment(by: -3) }'),
  e('mutation failure does not stop later fields', 'mutation { a: increment failingIncrement(by: 2) c: increment }'),
  e('mutation non-null failure nulls data', 'mutation { a: increment b: failingIncrement c: increment }'),
  e('mutation returns object', 'mutation { createDog(name: "Fido", color: BROWN) { __typename id name tricks } increment }'),
  e('mutation echo input', 'mutation M($v: ComplexInput!) { echoInput(value: $v) }', { variables: { v: { requiredField: true, colors: ['NAVY'] } } }),
  e('mutation with fragments', 'mutation { ...F increment } fragment F on Mutation { first: increment(by: 100) }'),
  e('mutation with skipped field', 'mutation { a: increment(by: 2) @skip(if: true) b: increment(by: 3) }'),
  e('mutation typename', 'mutation { __typename increment }'),
  e('mutation invalid variable', 'mutation M($by: Int!) { increment(by: $by) }', { variables: { by: 'x' } }),
  e('mutation selected by name', 'query Q { hello } mutation M { increment(by: 7) }', { operationName: 'M' }),
  e('subscription events', 'subscription S { messageAdded { id text author { __typename ... on Human { name } ... on Alien { numEyes } } at } }'),
  e('subscription scalar events', 'subscription { tick }'),
  e('subscription alias', 'subscription { t: tick }'),
  e('subscription with argument', 'subscription { messageAdded(room: "random") { id } }'),
  e('subscription failing to subscribe', 'subscription { failing }'),
  e('subscription with fragment', 'subscription { ...S } fragment S on Subscription { messageAdded { text } }'),
  e('subscription with typename in payload', 'subscription { messageAdded { __typename id } }'),
  e('subscription invalid variable', 'subscription S($r: String!) { messageAdded(room: $r) { id } }'),
  e('subscription selected by name', 'query Q { hello } subscription S { tick }', { operationName: 'S' }),
];
