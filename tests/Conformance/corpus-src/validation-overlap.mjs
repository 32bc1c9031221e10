// OverlappingFieldsCanBeMerged (§5.3.2) and MaxIntrospectionDepth (graphql-js's extra specified rule).
import { e } from './entry.mjs';

const deepIntrospection = (levels) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) {
    inner = `fields { type { ${inner} } }`;
  }
  return `{ __schema { types { ${inner} } } }`;
};

export default [
  // OverlappingFieldsCanBeMergedRule: mergeable
  e('overlap: unique fields', '{ dog { name nickname } }'),
  e('overlap: identical fields', '{ dog { name name } }'),
  e('overlap: identical fields with identical arguments', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }'),
  e('overlap: identical fields with identical directives', '{ dog { name @include(if: true) name @include(if: true) } }'),
  e('overlap: different directives are fine', '{ dog { name @include(if: true) name @skip(if: false) } }'),
  e('overlap: different args with different aliases', '{ dog { a: doesKnowCommand(dogCommand: SIT) b: doesKnowCommand(dogCommand: HEEL) } }'),
  e('overlap: same alias, different fields on different object types', '{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }'),
  e('overlap: same alias and args on different object types', '{ pet { ... on Dog { x: name(surname: true) } ... on Cat { x: name(surname: false) } } }'),
  e('overlap: identical variables as arguments', 'query Q($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $c) } }'),
  e('overlap: identical object arguments in different order', '{ echo { echoInput(value: {requiredField: true, intField: 1}) echoInput(value: {intField: 1, requiredField: true}) } }'),
  e('overlap: merged subfields', '{ dog { owner { name } owner { id } } }'),
  e('overlap: through fragments', '{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { name }'),
  e('overlap: same fragment spread twice', '{ dog { ...A ...A } } fragment A on Dog { x: name }'),
  e('overlap: typename aliased identically', '{ pet { t: __typename ... on Dog { t: __typename } } }'),
  // conflicts
  e('overlap: same alias, different fields', '{ dog { fido: name fido: nickname } }'),
  e('overlap: alias masks a field name', '{ dog { name: nickname name } }'),
  e('overlap: different arguments', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }'),
  e('overlap: argument versus no argument', '{ dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } }'),
  e('overlap: different variables', 'query Q($a: DogCommand, $b: DogCommand) { dog { doesKnowCommand(dogCommand: $a) doesKnowCommand(dogCommand: $b) } }'),
  e('overlap: variable versus literal', 'query Q($a: DogCommand) { dog { doesKnowCommand(dogCommand: $a) doesKnowCommand(dogCommand: SIT) } }'),
  e('overlap: different object arguments', '{ echo { x: echoInput(value: {requiredField: true}) x: echoInput(value: {requiredField: false}) } }'),
  e('overlap: different list arguments', '{ echo { x: echoList(value: [1, 2]) x: echoList(value: [2, 1]) } }'),
  e('overlap: conflict through fragments', '{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }'),
  e('overlap: conflict between field and fragment', '{ dog { x: name ...B } } fragment B on Dog { x: nickname }'),
  e('overlap: conflict in inline fragments', '{ dog { ... on Dog { x: name } ... { x: barkVolume } } }'),
  e('overlap: nested conflict', '{ dog { owner { x: name } owner { x: id } } }'),
  e('overlap: deeply nested conflict', '{ human { pets { owner { x: name } } pets { owner { x: iq } } } }'),
  e('overlap: multiple nested conflicts', '{ dog { owner { x: name y: id } owner { x: id y: name } } }'),
  e('overlap: conflicts in nested fragments', '{ dog { ...A } dog { ...B } } fragment A on Dog { owner { x: name } } fragment B on Dog { owner { x: homepage } }'),
  e('overlap: different return types on different object types', '{ being { ... on Dog { x: barkVolume } ... on Human { x: name } } }'),
  e('overlap: nullable versus non-null on different types', '{ being { ... on Alien { x: numEyes } ... on Dog { x: barkVolume } } }'),
  e('overlap: list versus non-list on different types', '{ being { ... on Dog { x: tricks } ... on Human { x: name } } }'),
  e('overlap: enum versus string on different types', '{ being { ... on Cat { x: furColor } ... on Human { x: name } } }'),
  e('overlap: object versus scalar on different types', '{ being { ... on Dog { x: owner { name } } ... on Alien { x: name } } }'),
  e('overlap: subfield conflict on different types', '{ being { ... on Dog { mother { x: name } } ... on Cat { mother { x: lives } } } }'),
  e('overlap: same field different args on different types is fine', '{ being { ... on Dog { name(surname: true) } ... on Cat { name(surname: false) } } }'),
  e('overlap: interface and implementation conflict', '{ pet { x: name ... on Dog { x: nickname } } }'),
  e('overlap: conflict in fragment used on its own', '{ dog { ...A } } fragment A on Dog { x: name x: nickname }'),
  e('overlap: conflict inside fragment spread twice', '{ dog { ...A ...A } } fragment A on Dog { x: name x: barkVolume }'),
  e('overlap: conflict between two fragments with shared nested fragment', '{ dog { ...A ...B } } fragment A on Dog { owner { ...C } } fragment B on Dog { owner { x: id } } fragment C on Human { x: name }'),
  e('overlap: typename alias conflict', '{ dog { x: __typename x: name } }'),
  e('overlap: root fields conflict', '{ x: hello x: favoriteColor }'),
  e('overlap: mutation fields conflict', 'mutation { x: increment(by: 1) x: increment(by: 2) }'),
  e('overlap: many conflicts reported once each', '{ dog { a: name a: nickname b: name b: nickname c: name c: barkVolume } }'),
  // MaxIntrospectionDepthRule
  e('introspection depth: shallow', deepIntrospection(1)),
  e('introspection depth: at the limit', deepIntrospection(2)),
  e('introspection depth: too deep fields', deepIntrospection(3)),
  e('introspection depth: too deep interfaces and possibleTypes', '{ __schema { types { interfaces { possibleTypes { interfaces { name } } } } } }'),
  e('introspection depth: too deep via __type', '{ __type(name: "Query") { fields { type { fields { type { fields { name } } } } } } }'),
  e('introspection depth: too deep via fragments', '{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { inputFields { name } } } }'),
  e('introspection depth: ofType chains are fine', '{ __type(name: "Query") { fields { type { ofType { ofType { ofType { name } } } } } } }'),
];
