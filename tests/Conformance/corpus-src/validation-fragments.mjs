// UniqueFragmentNames, KnownFragmentNames, NoUnusedFragments, PossibleFragmentSpreads, NoFragmentCycles (§5.5).
import { e } from './entry.mjs';

export default [
  // UniqueFragmentNamesRule
  e('unique fragment names: distinct', '{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barkVolume }'),
  e('unique fragment names: inline fragments are nameless', '{ dog { ... on Dog { name } ... on Dog { barkVolume } } }'),
  e('unique fragment names: duplicate', '{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barkVolume }'),
  e('unique fragment names: duplicate on different types', '{ dog { ...A } cat { ...A } } fragment A on Dog { name } fragment A on Cat { name }'),
  e('unique fragment names: three times', '{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { name } fragment A on Dog { name }'),
  // KnownFragmentNamesRule
  e('known fragment names: all known, nested', '{ human { ...H } } fragment H on Human { name pets { ...P } } fragment P on Pet { name }'),
  e('known fragment names: unknown', '{ dog { ...Missing } }'),
  e('known fragment names: unknown in fragment', '{ dog { ...A } } fragment A on Dog { ...Gone name }'),
  e('known fragment names: several unknown', '{ dog { ...X ...Y owner { ...Z } } }'),
  // NoUnusedFragmentsRule
  e('no unused fragments: all used across operations', 'query A { dog { ...F } } query B { cat { ...G } } fragment F on Dog { name } fragment G on Cat { name }', { operationName: 'B' }),
  e('no unused fragments: unused', '{ dog { name } } fragment Unused on Dog { name }'),
  e('no unused fragments: unused chain', '{ dog { ...Used } } fragment Used on Dog { name } fragment U1 on Dog { ...U2 } fragment U2 on Dog { name }'),
  e('no unused fragments: unused cycle', '{ hello } fragment C1 on Dog { ...C2 } fragment C2 on Dog { ...C1 }'),
  e('no unused fragments: used only by unknown fragment', '{ dog { ...Unknown } } fragment F on Dog { name }'),
  // PossibleFragmentSpreadsRule
  e('possible spreads: same object', '{ dog { ...D } } fragment D on Dog { name }'),
  e('possible spreads: object into implemented interface', '{ pet { ...D } } fragment D on Dog { name }'),
  e('possible spreads: object into containing union', '{ catOrDog { ...D } } fragment D on Dog { name }'),
  e('possible spreads: interface into implementing object', '{ dog { ...P } } fragment P on Pet { name }'),
  e('possible spreads: union into member object', '{ dog { ...U } } fragment U on CatOrDog { __typename }'),
  e('possible spreads: interface into overlapping union', '{ catOrDog { ...P } } fragment P on Pet { name }'),
  e('possible spreads: union into overlapping union', '{ catOrDog { ...U } } fragment U on DogOrHuman { __typename }'),
  e('possible spreads: interface into interface', '{ pet { ... on Entity { name } ... on Node { id } ... on Canine { barkVolume } } }'),
  e('possible spreads: different object', '{ dog { ...C } } fragment C on Cat { meowVolume }'),
  e('possible spreads: inline different object', '{ dog { ... on Cat { meowVolume } } }'),
  e('possible spreads: object into non-implemented interface', '{ pet { ... on Alien { numEyes } } }'),
  e('possible spreads: object into union without it', '{ catOrDog { ... on Human { name } } }'),
  e('possible spreads: union into non-overlapping object', '{ human { ...U } } fragment U on CatOrDog { __typename }'),
  e('possible spreads: interface into non-implementing object', '{ alien { ...P } } fragment P on Pet { name }'),
  e('possible spreads: interface into non-overlapping union', '{ catOrDog { ... on Mammal { __typename } being { __typename } } }'),
  e('possible spreads: union into non-overlapping union', '{ catOrDog { ... on DogOrHuman { __typename } } alien { ... on CatOrDog { __typename } } }'),
  e('possible spreads: interface into non-overlapping interface', '{ pet { ...M } } fragment M on Mammal { __typename }'),
  // NoFragmentCyclesRule
  e('no cycles: diamond', '{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { ...D } fragment C on Dog { ...D } fragment D on Dog { name }'),
  e('no cycles: same fragment twice in siblings', '{ dog { ...A mother { ...A } } } fragment A on Dog { name }'),
  e('no cycles: self', '{ dog { ...A } } fragment A on Dog { ...A }'),
  e('no cycles: self within inline fragment', '{ dog { ...A } } fragment A on Dog { ... on Dog { ...A } }'),
  e('no cycles: two fragments', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }'),
  e('no cycles: deep cycle', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...D } fragment D on Dog { ...E } fragment E on Dog { ...A }'),
  e('no cycles: cycle not at the start', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...B }'),
  e('no cycles: multiple cycles', '{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { ...A } fragment C on Dog { ...A }'),
  e('no cycles: cycle through nested field', '{ dog { ...A } } fragment A on Dog { mother { ...B } } fragment B on Dog { father { ...A } }'),
  e('no cycles: self and unknown', '{ dog { ...A } } fragment A on Dog { ...A ...Unknown }'),
];
