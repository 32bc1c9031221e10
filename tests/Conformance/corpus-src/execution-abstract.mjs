// Abstract types: ResolveAbstractType (§6.4.3) for interfaces, interfaces of interfaces and unions.
import { e } from './entry.mjs';

export default [
  e('interface resolves to object', '{ pet { __typename name } }'),
  e('interface with type-specific fields', '{ pet { name ... on Cat { lives furColor meows } ... on Dog { barkVolume } } }'),
  e('interface list', '{ pets { __typename name } }'),
  e('interface of interfaces', '{ canine { __typename id name barkVolume ... on Dog { tricks } } }'),
  e('node interface', '{ node(id: "dog-1") { __typename id ... on Entity { name } } }'),
  e('node list with null', '{ nodes(ids: []) { __typename id ... on Alien { homePlanet } ... on Human { name } } }'),
  e('union resolves', '{ being { __typename ... on Alien { name homePlanet } } }'),
  e('union list', '{ beings { __typename ... on Human { name iq } ... on Alien { numEyes } ... on Pet { name } } }'),
  e('union with only typename', '{ catOrDog { __typename } dogOrHuman { __typename } }'),
  e('union members by interface fragment', '{ dogOrHuman { ... on Entity { name } ... on Node { id } } }'),
  e('search results', '{ search(filter: {name: "x"}) { __typename ... on Node { id } ... on Alien { name } } }'),
  e('nested abstract types', '{ human { pets { __typename owner { name } ... on Dog { mother { name } } } } }'),
  e('abstract inside abstract', '{ dog { mother { ... on Mammal { __typename ... on Dog { name } } } } }'),
  e('mammal parents', '{ cat { mother { __typename ... on Cat { name lives } } father { __typename } } }'),
  e('abstract with aliases', '{ p: pet { t: __typename n: name } b: being { t: __typename } }'),
  e('entity interface resolves human', '{ entity { __typename ... on Human { favoriteColor iq } } }'),
  e('non-null in union member', '{ beings { ... on Alien { numEyes name } } }'),
  e('message author union in query', '{ dogOrHuman { ... on Human { pets { ... on Cat { name } } } } }'),
];
