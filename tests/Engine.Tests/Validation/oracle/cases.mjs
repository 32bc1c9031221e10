// Test documents per rule: [TestName, document, options?]. Expected errors come from graphql-js.
export default {
  ExecutableDefinitionsRule: [
    ['OnlyOperation', `query Foo { dog { name } }`],
    ['OperationAndFragment', `
      query Foo { dog { name ...Frag } }
      fragment Frag on Dog { name }
    `],
    ['TypeDefinition', `
      query Foo { dog { name } }
      type Cow { name: String }
      extend type Dog { color: String }
    `],
    ['SchemaDefinition', `
      schema { query: Query }
      type Query { test: String }
      extend schema @directive
    `],
    ['DirectiveAndOtherDefinitions', `
      { dog { name } }
      directive @custom on FIELD
      scalar Date
      enum Color { RED }
      input In { a: Int }
      union U = Dog
      interface I { a: Int }
    `],
  ],
  KnownOperationTypesRule: [
    ['AllKnown', `
      query { dog { name } }
      mutation { addPet(name: "x") { name } }
      subscription { newPet { name } }
    `],
  ],
  UniqueOperationNamesRule: [
    ['NoOperations', `fragment fragA on Dog { name }`],
    ['OneAnonymous', `{ dog { name } }`],
    ['OneNamed', `query Foo { dog { name } }`],
    ['MultipleDistinct', `
      query Foo { dog { name } }
      query Bar { dog { name } }
    `],
    ['FragmentAndOperationSameName', `
      query Foo { dog { ...Foo } }
      fragment Foo on Dog { name }
    `],
    ['DuplicateQueries', `
      query Foo { dog { name } }
      query Foo { dog { nickname } }
    `],
    ['DuplicateAcrossTypes', `
      query Foo { dog { name } }
      mutation Foo { addPet(name: "x") { name } }
      subscription Foo { newPet { name } }
    `],
  ],
  LoneAnonymousOperationRule: [
    ['NoOperations', `fragment fragA on Dog { name }`],
    ['OneAnonymous', `{ dog { name } }`],
    ['MultipleNamed', `
      query Foo { dog { name } }
      query Bar { dog { name } }
    `],
    ['AnonymousWithFragment', `
      { ...Foo }
      fragment Foo on QueryRoot { dog { name } }
    `],
    ['TwoAnonymous', `
      { dog { name } }
      { dog { nickname } }
    `],
    ['AnonymousAndMutation', `
      { dog { name } }
      mutation Foo { addPet(name: "x") { name } }
    `],
    ['AnonymousAndSubscription', `
      { dog { name } }
      subscription Foo { newPet { name } }
    `],
  ],
  SingleFieldSubscriptionsRule: [
    ['OneField', `subscription ImportantEmails { importantEmails }`],
    ['OneFieldWithTypename', `subscription ImportantEmails { importantEmails __typename }`],
    ['FragmentWithOneField', `
      subscription sub { ...newPetFields }
      fragment newPetFields on SubscriptionRoot { newPet { name } }
    `],
    ['SameFieldTwiceThroughFragment', `
      subscription sub { ...newPetFields newPet { name } }
      fragment newPetFields on SubscriptionRoot { newPet { name } }
    `],
    ['InlineFragmentsOfOtherTypeIgnored', `
      subscription { ... on QueryRoot { dog { name } } importantEmails }
    `],
    ['MoreThanOneField', `subscription ImportantEmails { importantEmails notImportantEmails }`],
    ['MoreThanOneFieldAnonymous', `subscription { importantEmails notImportantEmails moreImportantEmails }`],
    ['MoreThanOneFieldViaFragment', `
      subscription ImportantEmails { importantEmails ...NonImportantEmailsFragment }
      fragment NonImportantEmailsFragment on SubscriptionRoot { notImportantEmails }
    `],
    ['IntrospectionField', `subscription ImportantEmails { __typename }`],
    ['IntrospectionFieldAnonymous', `subscription { __typename }`],
    ['SkipOnRootField', `subscription RequireSkip($skip: Boolean!) { importantEmails @skip(if: $skip) }`],
    ['IncludeOnInlineFragment', `subscription { ... @include(if: false) { importantEmails } }`],
    ['SkipInFragment', `
      subscription S { ...F }
      fragment F on SubscriptionRoot { importantEmails @skip(if: true) notImportantEmails @include(if: true) }
    `],
    ['NoFields', `subscription { ... on QueryRoot { dog { name } } }`],
  ],
  KnownTypeNamesRule: [
    ['KnownTypes', `
      query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
        user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
      }
      fragment PetFields on Pet { name }
    `],
    ['UnknownTypes', `
      query Foo($var: [JumbledUpLetters!]!) {
        user(id: 4) { name pets { ... on Badger { name }, ...PetFields } }
      }
      fragment PetFields on Peat { name }
    `],
    ['SuggestsTypes', `query ($a: Strin, $b: Dgo, $c: ComplxInput, $d: Int) { dog { name } }`],
    ['TypeSystemDefinitionsInDocument', `
      query Foo($var: MyType, $other: Unknown) { dog { name } }
      type MyType { a: Strng b: Int c: Unknown }
      extend type Dog { color: Colr }
    `],
    ['StandardTypesInSdlNotReported', `
      type Query { a: __Type b: String }
    `],
  ],
  FragmentsOnCompositeTypesRule: [
    ['ObjectType', `fragment validFragment on Dog { barks }`],
    ['InterfaceType', `fragment validFragment on Pet { name }`],
    ['InlineObjectType', `fragment validFragment on Pet { ... on Dog { barks } }`],
    ['InlineWithoutTypeCondition', `fragment validFragment on Pet { ... { name } }`],
    ['UnionType', `fragment validFragment on CatOrDog { __typename }`],
    ['OnScalar', `fragment scalarFragment on Boolean { bad }`],
    ['OnEnum', `fragment scalarFragment on FurColor { bad }`],
    ['OnInputObject', `fragment inputFragment on ComplexInput { stringField }`],
    ['InlineOnScalar', `fragment invalidFragment on Pet { ... on String { barks } }`],
    ['UnknownTypeIgnored', `fragment f on Unknown { a ... on Unknown2 { b } }`],
  ],
  VariablesAreInputTypesRule: [
    ['UnknownTypesIgnored', `query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }`],
    ['InputTypes', `query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { field(a: $a, b: $b, c: $c, d: $d) }`],
    ['OutputTypes', `query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }`],
  ],
  ScalarLeafsRule: [
    ['ValidScalar', `fragment scalarSelection on Dog { barks }`],
    ['ObjectWithoutSelection', `query directQueryOnObjectWithoutSubFields { human }`],
    ['InterfaceWithoutSelection', `{ human { pets } }`],
    ['ValidWithArgs', `fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }`],
    ['ScalarWithSelection', `fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }`],
    ['EnumWithSelection', `fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }`],
    ['ScalarWithArgsAndSelection', `fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }`],
    ['NonNullListOfObjectsWithoutSelection', `{ human { relatives } }`],
    ['UnionWithoutSelection', `{ catOrDog }`],
  ],
  FieldsOnCorrectTypeRule: [
    ['ObjectFieldSelection', `fragment objectFieldSelection on Dog { __typename name }`],
    ['AliasedObjectFieldSelection', `fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }`],
    ['InterfaceFieldSelection', `fragment interfaceFieldSelection on Pet { __typename name }`],
    ['LyingAliasSelection', `fragment lyingAliasSelection on Dog { name : nickname }`],
    ['UnknownTypeIgnored', `fragment unknownSelection on UnknownType { unknownField }`],
    ['NestedUnknownFields', `
      fragment typeKnownAgain on Pet {
        unknown_pet_field { ... on Cat { unknown_cat_field } }
      }
    `],
    ['FieldNotDefinedOnFragment', `fragment fieldNotDefined on Dog { meowVolume }`],
    ['IgnoresDeeplyUnknownField', `fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }`],
    ['SubFieldNotDefined', `fragment subFieldNotDefined on Human { pets { unknown_field } }`],
    ['FieldNotDefinedOnInlineFragment', `fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }`],
    ['AliasedFieldTargetNotDefined', `fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }`],
    ['AliasedLyingFieldTargetNotDefined', `fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume : kawVolume }`],
    ['NotDefinedOnInterface', `fragment notDefinedOnInterface on Pet { tailLength }`],
    ['DefinedOnImplementorsNotInterface', `fragment definedOnImplementorsButNotInterface on Pet { nickname }`],
    ['MetaFieldOnUnion', `fragment directFieldSelectionOnUnion on CatOrDog { __typename }`],
    ['DirectFieldOnUnion', `fragment directFieldSelectionOnUnion on CatOrDog { directField }`],
    ['DefinedOnImplementorsQueriedOnUnion', `fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }`],
    ['ValidFieldInInlineFragment', `fragment objectFieldSelection on Pet { ... on Dog { name } ... { name } }`],
    ['SchemaMetaFieldsOnQueryOnly', `{ __schema { queryType { name } } __type(name: "Dog") { name } dog { __schema { x } __type } }`],
    ['SuggestsFieldNames', `{ dog { nam barkVolum } human { pet } }`],
    ['HiddenSuggestions', `{ dog { nam } pet { nickname } }`, { hideSuggestions: true }],
    ['SuggestsInterfacesAndTypes', `{ pet { barkVolume mother } }`],
  ],
  UniqueFragmentNamesRule: [
    ['NoFragments', `{ dog { name } }`],
    ['OneFragment', `{ dog { ...fragA } } fragment fragA on Dog { name }`],
    ['ManyFragments', `
      { dog { ...fragA ...fragB ...fragC } }
      fragment fragA on Dog { name }
      fragment fragB on Dog { nickname }
      fragment fragC on Dog { barkVolume }
    `],
    ['InlineFragmentsAlwaysUnique', `{ dog { ...on Dog { name } ...on Dog { nickname } } }`],
    ['FragmentAndOperationSameName', `query Foo { dog { ...Foo } } fragment Foo on Dog { name }`],
    ['FragmentsNamedSame', `
      { dog { ...fragA } }
      fragment fragA on Dog { name }
      fragment fragA on Dog { barkVolume }
      fragment fragA on Dog { nickname }
    `],
    ['FragmentsNamedSameWithoutReference', `
      fragment fragA on Dog { name }
      fragment fragA on Dog { barkVolume }
    `],
  ],
  KnownFragmentNamesRule: [
    ['KnownFragments', `
      { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['UnknownFragments', `
      { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
      fragment HumanFields on Human { name ...UnknownFragment3 }
    `],
  ],
  NoUnusedFragmentsRule: [
    ['AllUsed', `
      { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['AllUsedByMultipleOperations', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      query Bar { human(id: 4) { ...HumanFields2 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
    `],
    ['UnusedFragments', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      query Bar { human(id: 4) { ...HumanFields2 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields2 on Human { name }
      fragment HumanFields3 on Human { name }
      fragment Unused1 on Human { name }
      fragment Unused2 on Human { name }
    `],
    ['UnusedFragmentsWithCycles', `
      query Foo { human(id: 4) { ...HumanFields1 } }
      fragment HumanFields1 on Human { name ...HumanFields3 }
      fragment HumanFields3 on Human { name }
      fragment Unused1 on Human { name ...Unused2 }
      fragment Unused2 on Human { name ...Unused1 }
    `],
    ['UnknownFragmentReference', `
      { human(id: 4) { ...bar } }
      fragment foo on Human { name }
    `],
  ],
  PossibleFragmentSpreadsRule: [
    ['SameObject', `fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['SameObjectInline', `fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }`],
    ['ObjectIntoImplementedInterface', `fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['ObjectIntoContainingUnion', `fragment objectWithinUnion on CatOrDog { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['UnionIntoContainedObject', `fragment unionWithinObject on Dog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['UnionIntoOverlappingInterface', `fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['UnionIntoOverlappingUnion', `fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['InterfaceIntoImplementedObject', `fragment interfaceWithinObject on Dog { ...petFragment } fragment petFragment on Pet { name }`],
    ['InterfaceIntoOverlappingUnion', `fragment interfaceWithinUnion on CatOrDog { ...petFragment } fragment petFragment on Pet { name }`],
    ['InterfaceIntoImplementingInterface', `fragment f on Canine { ...mammalFragment } fragment mammalFragment on Mammal { mother { __typename } }`],
    ['IgnoresIncorrectTypeCondition', `fragment petFragment on Pet { ...badInADifferentWay } fragment badInADifferentWay on String { name }`],
    ['IgnoresUnknownFragments', `fragment petFragment on Pet { ...UnknownFragment }`],
    ['DifferentObjectIntoObject', `fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }`],
    ['DifferentObjectIntoObjectInline', `fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }`],
    ['ObjectIntoNotImplementingInterface', `fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }`],
    ['ObjectIntoNotContainingUnion', `fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } }`],
    ['UnionIntoNotContainedObject', `fragment invalidUnionWithinObject on Human { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }`],
    ['UnionIntoNonOverlappingInterface', `fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }`],
    ['UnionIntoNonOverlappingUnion', `fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }`],
    ['InterfaceIntoNonImplementingObject', `fragment invalidInterfaceWithinObject on Cat { ...canineFragment } fragment canineFragment on Canine { name }`],
    ['InterfaceIntoNonOverlappingUnionInline', `fragment invalidInterfaceWithinUnionAnon on HumanOrAlien { ... on Pet { name } }`],
  ],
  NoFragmentCyclesRule: [
    ['SingleReference', `fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }`],
    ['SpreadTwice', `fragment fragA on Dog { ...fragB, ...fragB } fragment fragB on Dog { name }`],
    ['SpreadTwiceIndirectly', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }
    `],
    ['DoubleSpreadWithinAbstract', `
      fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } }
      fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }
    `],
    ['UnknownFragment', `fragment nameFragment on Pet { ...UnknownFragment }`],
    ['SpreadItself', `fragment fragA on Dog { ...fragA }`],
    ['NoSpreadItselfDirectly', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragA }
    `],
    ['SpreadItselfInInlineFragment', `fragment fragA on Pet { ... on Dog { ...fragA } }`],
    ['SpreadItselfDeeply', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }
    `],
    ['SpreadItselfDeeplyTwoPaths', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }
    `],
    ['SpreadItselfDeeplyAndImmediately', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    `],
  ],
  UniqueVariableNamesRule: [
    ['UniqueNames', `
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }
    `],
    ['DuplicateNames', `
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }
    `],
  ],
  NoUndefinedVariablesRule: [
    ['AllDefined', `query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }`],
    ['AllDefinedDeeply', `query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }`],
    ['AllDefinedInFragments', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['NotDefined', `query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }`],
    ['NotDefinedAnonymous', `{ field(a: $a) }`],
    ['MultipleNotDefined', `query Foo($b: String) { field(a: $a, b: $b, c: $c) }`],
    ['NotDefinedInFragment', `
      query Foo($a: String, $b: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['FragmentUsedByMultipleOperations', `
      query Foo($b: String) { ...FragA }
      query Bar($a: String) { ...FragB }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['InDirectivesAndDefaults', `query Foo($a: Boolean = true) { dog @include(if: $b) { name @skip(if: $a) } }`],
  ],
  NoUnusedVariablesRule: [
    ['AllUsed', `query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }`],
    ['AllUsedInFragments', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) { ...FragC } }
      fragment FragC on Type { field(c: $c) }
    `],
    ['NotUsed', `query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }`],
    ['MultipleNotUsed', `query Foo($a: String, $b: String, $c: String) { field(b: $b) }`],
    ['NotUsedInFragment', `
      query Foo($a: String, $b: String, $c: String) { ...FragA }
      fragment FragA on Type { field(a: $a) { ...FragB } }
      fragment FragB on Type { field(b: $b) }
      fragment FragC on Type { field(c: $c) }
    `],
    ['NotUsedByUnreferencedFragment', `
      query Foo($b: String) { ...FragA }
      fragment FragA on Type { field(a: $a) }
      fragment FragB on Type { field(b: $b) }
    `],
    ['UsedOnlyInOwnDefault', `query Foo($a: Boolean, $b: Boolean = true) { dog @include(if: $b) { name } }`],
  ],
  KnownDirectivesRule: [
    ['NoDirectives', `query Foo { name ...Frag } fragment Frag on Dog { name }`],
    ['KnownDirectives', `{ dog @include(if: true) { name } human @skip(if: false) { name } }`],
    ['UnknownDirective', `{ dog @unknown(directive: "value") { name } }`],
    ['ManyUnknownDirectives', `{ dog @unknown(directive: "value") { name } human @unknown(directive: "value") { name pets @unknown(directive: "value") { name } } }`],
    ['WellPlacedDirectives', `
      query ($var: Boolean @onVariableDefinition) @onQuery {
        name @include(if: $var)
        ...Frag @include(if: true) @onFragmentSpread
        skippedField @skip(if: true)
        ... @skip(if: true) { skippedField }
        ... @onInlineFragment { name }
      }
      fragment Frag on QueryRoot @onFragmentDefinition { name }
      mutation @onMutation { someField }
      subscription @onSubscription { someField }
    `],
    ['MisplacedDirectives', `
      query ($var: Boolean @onQuery) @onMutation {
        name @onQuery @include(if: $var)
        ...Frag @onQuery
        ... @onQuery { name }
      }
      fragment Frag on QueryRoot @onQuery { name }
      mutation @onQuery { someField }
      subscription @onQuery { someField }
    `],
    ['DirectivesInSchemaLanguage', `
      type MyObj implements MyInterface @onObject @onQuery { myField(myArg: Int @deprecated): String @deprecated @onQuery }
      extend type MyObj @deprecated
      scalar MyScalar @specifiedBy(url: "x") @deprecated
      interface MyInterface @deprecated { f: Int }
      union MyUnion @deprecated = MyObj
      enum MyEnum @deprecated { A @deprecated B @onQuery }
      input MyInput @oneOf { a: Int @deprecated }
      schema @deprecated { query: MyObj }
      extend schema @onQuery
      directive @onObject on OBJECT
    `],
  ],
  UniqueDirectivesPerLocationRule: [
    ['NoDirectives', `fragment Test on Type { field }`],
    ['UniqueDirectivesInDifferentLocations', `fragment Test on Type @directiveA { field @directiveB }`],
    ['SameDirectiveInDifferentLocations', `fragment Test on Type @directiveA { field @directiveA }`],
    ['SameDirectivesInSimilarLocations', `fragment Test on Type { field @directiveA field @directiveA }`],
    ['RepeatableDirective', `fragment Test on Type { field @repeatable @repeatable(note: "x") }`],
    ['UnknownDirectivesIgnored', `fragment Test on Type { field @unknown @unknown }`],
    ['DuplicateDirective', `fragment Test on Type { field @directiveA @directiveA }`],
    ['ManyDuplicateDirectives', `fragment Test on Type { field @directiveA @directiveA @directiveA }`],
    ['DifferentDuplicateDirectives', `fragment Test on Type { field @directiveA @directiveB @directiveA @directiveB }`],
    ['DuplicatesInManyLocations', `fragment Test on Type @directiveA @directiveA { field @directiveA @directiveA ... @skip(if: true) @skip(if: false) { f } }`],
    ['DuplicatesAcrossTypeExtensions', `
      type TestType @deprecated
      extend type TestType @deprecated
      extend schema @deprecated
      extend schema @deprecated
    `],
  ],
  KnownArgumentNamesRule: [
    ['SingleArgKnown', `fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }`],
    ['MultipleArgsKnown', `fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }`],
    ['IgnoresArgsOfUnknownFields', `fragment argOnUnknownField on Dog { unknownField(unknownArg: SIT) }`],
    ['ArgsOnDirectives', `{ dog @skip(if: true) { name } }`],
    ['UnknownArgOnDirective', `{ dog @skip(unless: true) { name } }`],
    ['MisspelledArgOnDirective', `{ dog @skip(iff: true) { name } }`],
    ['UnknownDirectiveArgsIgnored', `{ dog @unknown(a: 1) { name } }`],
    ['InvalidArgName', `fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }`],
    ['MisspelledArgName', `fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }`],
    ['UnknownArgsAmongstKnown', `fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }`],
    ['UnknownArgsDeeply', `
      { dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }
    `],
    ['DirectiveDefinedInDocument', `
      { dog @myDirective(arg: 1, other: 2) { name } }
      directive @myDirective(arg: Int) on FIELD
    `],
    ['HiddenSuggestions', `{ dog { doesKnowCommand(DogCommand: SIT) @skip(iff: true) } }`, { hideSuggestions: true }],
    ['MetaFieldArguments', `{ __type(nam: "Dog") { name } __typename(a: 1) }`],
  ],
  UniqueArgumentNamesRule: [
    ['NoArguments', `{ field }`],
    ['DirectiveWithoutArguments', `{ field @directive }`],
    ['ArgumentsOnSameField', `{ field(arg1: "value", arg2: "value", arg3: "value") }`],
    ['SameArgumentOnTwoFields', `{ one: field(arg: "value") two: field(arg: "value") }`],
    ['SameArgumentOnFieldAndDirective', `{ field(arg: "value") @directive(arg: "value") }`],
    ['DuplicateFieldArguments', `{ field(arg1: "value", arg1: "value") }`],
    ['ManyDuplicateFieldArguments', `{ field(arg1: "value", arg1: "value", arg1: "value") }`],
    ['DuplicateDirectiveArguments', `{ field @directive(arg1: "value", arg1: "value", arg2: 1, arg2: 2) }`],
  ],
  ValuesOfCorrectTypeRule: [
    ['GoodIntValue', `{ complicatedArgs { intArgField(intArg: 2) } }`],
    ['GoodNegativeInt', `{ complicatedArgs { intArgField(intArg: -2) } }`],
    ['GoodBooleanValue', `{ complicatedArgs { booleanArgField(booleanArg: true) } }`],
    ['GoodStringValue', `{ complicatedArgs { stringArgField(stringArg: "foo") } }`],
    ['GoodFloatValues', `{ complicatedArgs { a: floatArgField(floatArg: 1.1) b: floatArgField(floatArg: -1.1) c: floatArgField(floatArg: 1) } }`],
    ['GoodIdValues', `{ complicatedArgs { a: idArgField(idArg: 1) b: idArgField(idArg: "someIdString") } }`],
    ['GoodEnumValue', `{ dog { doesKnowCommand(dogCommand: SIT) } }`],
    ['NullIntoNullable', `{ complicatedArgs { intArgField(intArg: null) } dog(a: null, b: null, c:{ requiredField: true, intField: null }) { name } }`],
    ['IntIntoString', `{ complicatedArgs { stringArgField(stringArg: 1) } }`],
    ['FloatIntoString', `{ complicatedArgs { stringArgField(stringArg: 1.0) } }`],
    ['BooleanIntoString', `{ complicatedArgs { stringArgField(stringArg: true) } }`],
    ['UnquotedStringIntoString', `{ complicatedArgs { stringArgField(stringArg: BAR) } }`],
    ['StringIntoInt', `{ complicatedArgs { intArgField(intArg: "3") } }`],
    ['BigIntIntoInt', `{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }`],
    ['OutOfRangeInts', `{ complicatedArgs { a: intArgField(intArg: 2147483648) b: intArgField(intArg: -2147483649) c: intArgField(intArg: 2147483647) d: intArgField(intArg: -2147483648) } }`],
    ['UnquotedStringIntoInt', `{ complicatedArgs { intArgField(intArg: FOO) } }`],
    ['SimpleFloatIntoInt', `{ complicatedArgs { intArgField(intArg: 3.0) } }`],
    ['FloatIntoInt', `{ complicatedArgs { intArgField(intArg: 3.333) } }`],
    ['StringIntoFloat', `{ complicatedArgs { floatArgField(floatArg: "3.333") } }`],
    ['BooleanIntoFloat', `{ complicatedArgs { floatArgField(floatArg: true) } }`],
    ['UnquotedIntoFloat', `{ complicatedArgs { floatArgField(floatArg: FOO) } }`],
    ['IntIntoBoolean', `{ complicatedArgs { booleanArgField(booleanArg: 2) } }`],
    ['StringIntoBoolean', `{ complicatedArgs { booleanArgField(booleanArg: "true") } }`],
    ['FloatIntoId', `{ complicatedArgs { idArgField(idArg: 1.0) } }`],
    ['BooleanIntoId', `{ complicatedArgs { idArgField(idArg: true) } }`],
    ['UnquotedIntoId', `{ complicatedArgs { idArgField(idArg: SOMETHING) } }`],
    ['IntIntoEnum', `{ dog { doesKnowCommand(dogCommand: 2) } }`],
    ['StringIntoEnum', `{ dog { doesKnowCommand(dogCommand: "SIT") } }`],
    ['UnknownEnumValueWithSuggestion', `{ dog { doesKnowCommand(dogCommand: sit) } complicatedArgs { enumArgField(enumArg: BRWN) } }`],
    ['UndefinedEnumValue', `{ dog { doesKnowCommand(dogCommand: JUGGLE) } }`],
    ['EnumHiddenSuggestions', `{ dog { doesKnowCommand(dogCommand: sit) } }`, { hideSuggestions: true }],
    ['GoodListValues', `{ complicatedArgs { a: stringListArgField(stringListArg: ["one", null, "two"]) b: stringListArgField(stringListArg: []) c: stringListArgField(stringListArg: null) d: stringListArgField(stringListArg: "one") } }`],
    ['IncorrectListItemType', `{ complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }`],
    ['SingleValueOfIncorrectType', `{ complicatedArgs { stringListArgField(stringListArg: 1) } }`],
    ['NullInNonNullList', `{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null, "b"]) } }`],
    ['NestedListIntoScalar', `{ complicatedArgs { intArgField(intArg: [1, 2]) stringArgField(stringArg: ["x"]) } }`],
    ['NonNullArgs', `{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullIntArgField(nonNullIntArg: null) multipleOptAndReq(req1: "one", req2: null) } }`],
    ['GoodInputObjects', `{ complicatedArgs { a: complexArgField(complexArg: { requiredField: true }) b: complexArgField(complexArg: { requiredField: false, intField: 4, stringField: "x", stringListField: ["a", "b"] }) c: complexArgField(complexArg: { stringListField: "one", requiredField: true }) } }`],
    ['MissingRequiredInputField', `{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }`],
    ['WrongTypeInputField', `{ complicatedArgs { complexArgField(complexArg: { stringListField: ["one", 2], requiredField: true }) } }`],
    ['UnknownInputField', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: "value", stringfield: "x" }) } }`],
    ['UnknownInputFieldHiddenSuggestions', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringfield: "x" }) } }`, { hideSuggestions: true }],
    ['NotAnObject', `{ complicatedArgs { a: complexArgField(complexArg: 1) b: complexArgField(complexArg: [{ requiredField: true }]) } }`],
    ['NullRequiredInputField', `{ complicatedArgs { complexArgField(complexArg: { requiredField: null, nonNullField: null }) } }`],
    ['OneOfExactlyOne', `{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc" }) } }`],
    ['OneOfWithVariable', `query ($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }`],
    ['OneOfTwoFields', `{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) } }`],
    ['OneOfNullField', `{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }`],
    ['OneOfEmpty', `{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }`],
    ['OneOfUnknownAndKnown', `{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: "a", unknown: 1 }) } }`],
    ['OneOfWrongType', `{ complicatedArgs { oneOfArgField(oneOfArg: { intField: "abc" }) } }`],
    ['DirectiveArguments', `{ dog @include(if: true) { name } human @skip(if: "yes") { name } cat @include(if: ENUM) { name } }`],
    ['VariableDefaultValues', `query ($a: Int = 1, $b: String = "ok", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: Int! = 123) { dog { name } }`],
    ['BadVariableDefaultValues', `query ($a: Int = "one", $b: String = 4, $c: ComplexInput = "NotVeryComplex", $d: [String] = ["a", 2]) { dog { name } }`],
    ['BadComplexDefault', `query ($a: ComplexInput = { requiredField: 123, intField: "abc" }) { dog { name } }`],
    ['NullIntoNonNullVariableDefault', `query ($a: Int! = null) { dog { name } }`],
    ['ListValueInUnknownPosition', `{ dog(unknown: [1, {a: 2}]) { name } }`],
    ['LongObjectInMessage', `{ complicatedArgs { complexArgField(complexArg: { intField: 4, stringField: "a fairly long string value", stringListField: ["with", "many", "entries"] }) } }`],
    ['EscapedStringInMessage', `{ complicatedArgs { intArgField(intArg: "quote \\" backslash \\\\ newline \\n tab \\t unicode \\u00e9") } }`],
    ['BlockStringInMessage', `{ complicatedArgs { intArgField(intArg: """block""") } }`],
  ],
  ProvidedRequiredArgumentsRule: [
    ['IgnoresUnknownArgs', `{ dog { isHouseTrained(unknownArgument: true) } }`],
    ['ArgOnOptionalArg', `{ dog { isHouseTrained(atOtherHomes: true) } }`],
    ['NoArgOnOptionalArg', `{ dog { isHouseTrained } }`],
    ['NoArgOnNonNullWithDefault', `{ complicatedArgs { nonNullFieldWithDefault } }`],
    ['MultipleArgs', `{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }`],
    ['MultipleArgsReverse', `{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }`],
    ['NoArgsOnMultipleOptional', `{ complicatedArgs { multipleOpts } }`],
    ['MissingOneNonNullable', `{ complicatedArgs { multipleReqs(req2: 2) } }`],
    ['MissingMultipleNonNullable', `{ complicatedArgs { multipleReqs } }`],
    ['IncorrectValueAndMissing', `{ complicatedArgs { multipleReqs(req1: "one") } }`],
    ['DirectivesOfValidTypes', `{ dog @include(if: true) { name } human @skip(if: false) { name } }`],
    ['DirectiveWithMissingTypes', `{ dog @include { name @skip } }`],
    ['CustomDirectiveRequiredArgs', `query @withArgs { dog @withArgs(optional: "y") { name } }`],
    ['DirectiveDefinedInDocument', `
      { dog @myDirective { name } }
      directive @myDirective(required: [Int!]!, optional: Int! = 1) on FIELD
    `],
    ['MetaFieldRequiredArg', `{ __type { name } }`],
    ['DeepErrorsFirst', `{ complicatedArgs { multipleReqs(req1: 1) @withArgs } }`],
  ],
  VariablesInAllowedPositionRule: [
    ['BooleanToBoolean', `query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }`],
    ['BooleanToBooleanInFragment', `
      fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) }
      query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }
    `],
    ['NonNullBooleanToBoolean', `query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }`],
    ['StringListToStringList', `query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }`],
    ['NonNullStringListToStringList', `query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }`],
    ['StringToStringListItem', `query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }`],
    ['ComplexInputToComplexInput', `query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }`],
    ['BooleanToNonNullDirectiveArg', `query Query($boolVar: Boolean!) { dog @include(if: $boolVar) { name } }`],
    ['IntToNonNullWithDefault', `query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }`],
    ['IntToNonNullArgWithDefault', `query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }`],
    ['IntToNonNull', `query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }`],
    ['IntToNonNullWithNullDefault', `query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }`],
    ['IntToNonNullInFragment', `
      fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
      query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
    `],
    ['IntToNonNullInNestedFragment', `
      fragment outerFrag on ComplicatedArgs { ...nonNullIntArgFieldFrag }
      fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
      query Query($intArg: Int) { complicatedArgs { ...outerFrag } }
    `],
    ['StringOverBoolean', `query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }`],
    ['StringToStringList', `query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }`],
    ['BooleanToNonNullDirective', `query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }`],
    ['StringToNonNullDirective', `query Query($stringVar: String) { dog @include(if: $stringVar) { name } }`],
    ['StringListToNonNullStringList', `query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }`],
    ['ListItemMismatch', `query Query($s: Int) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }`],
    ['InputFieldPositions', `query Query($b: Boolean, $i: Int!) { complicatedArgs { complexArgField(complexArg: { requiredField: $b, nonNullField: $b, intField: $i }) } }`],
    ['OneOfNonNullVariable', `query ($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }`],
    ['OneOfNullableVariable', `query ($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }`],
    ['OneOfNullableVariableWithDefault', `query ($s: String = "x") { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }`],
    ['UndefinedVariablesIgnored', `query Query { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }`],
    ['UnknownVariableTypeIgnored', `query Query($intArg: Unknown) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }`],
  ],
  OverlappingFieldsCanBeMergedRule: [
    ['UniqueFields', `fragment uniqueFields on Dog { name nickname }`],
    ['IdenticalFields', `fragment mergeIdenticalFields on Dog { name name }`],
    ['IdenticalFieldsWithIdenticalArgs', `fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }`],
    ['IdenticalFieldsWithIdenticalDirectives', `fragment mergeSameFieldsWithSameDirectives on Dog { name @include(if: true) name @include(if: true) }`],
    ['DifferentArgsDifferentAliases', `fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }`],
    ['DifferentDirectivesDifferentAliases', `fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }`],
    ['DifferentSkipIncludeAllowed', `fragment differentDirectivesWithDifferentAliases on Dog { name @include(if: true) name @include(if: false) }`],
    ['SameAliasesDifferentFieldTargets', `fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }`],
    ['SameAliasesNonOverlappingParents', `
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog { name }
        ... on Cat { name: nickname }
      }
    `],
    ['AliasMaskingDirectFieldAccess', `fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }`],
    ['DifferentArgsSecondAddsArgument', `fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }`],
    ['DifferentArgsSecondMissingArgument', `fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }`],
    ['ConflictingArgValues', `fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }`],
    ['ConflictingArgNames', `fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(y: 0) }`],
    ['ArgumentOrderDoesNotMatter', `fragment f on Dog { isAtLocation(x: 0, y: 1) isAtLocation(y: 1, x: 0) }`],
    ['ObjectArgumentFieldOrder', `{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }`],
    ['VariableVsLiteral', `query ($v: Int) { dog { isAtLocation(x: $v) isAtLocation(x: 1) } }`],
    ['StringVsBlockString', `{ human(id: "a") { name } human(id: """a""") { name } }`],
    ['DifferentArgsNonOverlappingParents', `
      fragment conflictingArgs on Pet {
        ... on Dog { name(surname: true) }
        ... on Cat { name }
      }
    `],
    ['EncountersConflictInFragments', `
      { ...A ...B }
      fragment A on Type { x: a }
      fragment B on Type { x: b }
    `],
    ['ReportsEachConflictOnce', `
      {
        f1 { ...A ...B }
        f2 { ...B ...A }
        f3 { ...A ...B x: c }
      }
      fragment A on Type { x: a }
      fragment B on Type { x: b }
    `],
    ['DeepConflict', `{ field { x: a } field { x: b } }`],
    ['DeepConflictWithMultipleIssues', `{ field { x: a y: c } field { x: b y: d } }`],
    ['VeryDeepConflict', `{ field { deepField { x: a } } field { deepField { x: b } } }`],
    ['ReportsDeepConflictToNearestCommonAncestor', `{ field { deepField { x: a } deepField { x: b } } field { deepField { y } } }`],
    ['ReportsDeepConflictInFragments', `
      { field { ...F } field { ...F } }
      fragment F on T { deepField { deeperField { x: a } deeperField { x: b } } deepField { deeperField { y } } }
    `],
    ['ReportsDeepConflictBetweenFragments', `
      { field { ...F } field { ...I } }
      fragment F on T { x: a ...G }
      fragment G on T { y: c }
      fragment I on T { y: d ...J }
      fragment J on T { x: b }
    `],
    ['IgnoresUnknownFragments', `{ field ...Unknown ...Known } fragment Known on T { field ...OtherUnknown }`],
    ['ConflictingReturnTypes', `{ dog { barkVolume: barks } dog { barkVolume } }`],
    ['ConflictingListAndNonList', `{ human { relatives { name } } human { relatives: pets { name } } }`],
    ['ReturnTypesOnInterfaceImplementors', `
      {
        pet {
          ... on Dog { volume: barkVolume }
          ... on Cat { volume: meowsVolume }
        }
      }
    `],
    ['DisallowsDifferingReturnTypesDespiteNoOverlap', `
      {
        pet {
          ... on Dog { nickname: barkVolume }
          ... on Cat { nickname }
        }
      }
    `],
    ['DisallowsDifferingReturnTypeNullability', `
      {
        catOrDog {
          ... on Dog { x: barkVolume }
          ... on Cat { x: name }
        }
        human { relatives { name } }
        dogOrHuman { ... on Human { relatives { name } } ... on Dog { relatives: mother { name } } }
      }
    `],
    ['SameWrappedScalarReturnTypes', `{ human { pets { name } } human { pets { name } } }`],
    ['ComparesDeepTypesIncludingList', `
      {
        dogOrHuman {
          ... on Human { pets { ...on Dog { name } } }
          ... on Dog { pets: mother { name: nickname } }
        }
      }
    `],
    ['MutuallyExclusiveDeepChildren', `
      {
        catOrDog {
          ... on Dog { mother { name: nickname } }
          ... on Cat { mother: name }
        }
      }
    `],
    ['TypenameAndAliases', `{ dog { __typename t: __typename __typename: name } }`],
    ['ConflictWithinInlineFragment', `{ dog { ... { name: nickname } name } }`],
    ['SingleInlineFragmentIsChecked', `{ dog { ... { x: name x: nickname } } }`],
    ['NestedFragmentCycleTerminates', `
      { dog { ...A } }
      fragment A on Dog { name ...B }
      fragment B on Dog { name: nickname ...A }
    `],
    ['StreamDirectives', `{ human { pets @stream(initialCount: 1) { name } pets @stream(initialCount: 1) { name } } human { relatives @stream { name } relatives { name } } }`],
  ],
  UniqueInputFieldNamesRule: [
    ['InputObjectWithFields', `{ field(arg: { f: true }) }`],
    ['SameInputObjectWithinTwoArgs', `{ field(arg1: { f: true }, arg2: { f: true }) }`],
    ['MultipleInputObjectFields', `{ field(arg: { f1: "value", f2: "value", f3: "value" }) }`],
    ['NestedInputObjectsWithSimilarFields', `{ field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }`],
    ['DuplicateInputObjectFields', `{ field(arg: { f1: "value", f1: "value" }) }`],
    ['ManyDuplicateInputObjectFields', `{ field(arg: { f1: "value", f1: "value", f1: "value" }) }`],
    ['NestedDuplicateInputObjectFields', `{ field(arg: { f1: {f2: "value", f2: "value" }}) }`],
    ['OuterAndInnerDuplicatesInDocumentOrder', `{ field(arg: { a: { x: 1, x: 2 }, a: 3 }) }`],
  ],
  MaxIntrospectionDepthRule: [
    ['TypeNameIntrospection', `{ __typename }`],
    ['ShallowSchema', `{ __schema { types { fields { type { name } } } } }`],
    ['FieldsInterfacesDepthTwo', `{ __type(name: "Dog") { fields { type { fields { name } } } } }`],
    ['TooDeepFields', `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`],
    ['TooDeepMixedLists', `{ __type(name: "Pet") { interfaces { possibleTypes { inputFields { name } } } } }`],
    ['TooDeepViaFragments', `
      { __schema { types { ...F1 } } }
      fragment F1 on __Type { fields { type { ...F2 } } }
      fragment F2 on __Type { fields { type { ...F3 } } }
      fragment F3 on __Type { fields { type { name } } }
    `],
    ['CyclicFragmentsTerminate', `
      { __schema { types { ...F } } }
      fragment F on __Type { name ofType { ...F } }
    `],
    ['NotIntrospectionField', `{ dog { fields { fields { fields { name } } } } }`],
  ],
  DeferStreamDirectiveLabelRule: [
    ['UniqueLabels', `{ dog { ...A @defer(label: "a") ... @defer(label: "b") { name } } human { pets @stream(label: "c") { name } } } fragment A on Dog { name }`],
    ['NoOrNullLabels', `{ dog { ...A @defer ... @defer(label: null) { name } } } fragment A on Dog { name }`],
    ['DuplicateLabels', `{ dog { ...A @defer(label: "a") ... @defer(label: "a") { name } } human { pets @stream(label: "a") { name } } } fragment A on Dog { name }`],
    ['VariableLabel', `query ($l: String) { dog { ...A @defer(label: $l) } human { pets @stream(label: 1) { name } } } fragment A on Dog { name }`],
  ],
  DeferStreamDirectiveOnRootFieldRule: [
    ['DeferOnQueryRoot', `{ ... @defer { dog { name } } }`],
    ['DeferOnMutationRoot', `mutation { ... @defer { addPet(name: "a") { name } } ...M @defer } fragment M on MutationRoot { addPet(name: "b") { name } }`],
    ['DeferNestedInMutationAllowed', `mutation { addPet(name: "a") { ... @defer { name } } }`],
    ['StreamOnSubscriptionRoot', `subscription { importantEmails @stream ...S } fragment S on SubscriptionRoot { ... { notImportantEmails @stream } }`],
  ],
  DeferStreamDirectiveOnValidOperationsRule: [
    ['DeferInQuery', `{ dog { ... @defer { name } } }`],
    ['DisabledDeferInSubscription', `subscription ($d: Boolean!) { newPet { ... @defer(if: false) { name } ... @defer(if: $d) { name } } }`],
    ['DeferInSubscription', `subscription { newPet { ... @defer { name } ...P @defer(if: true) } } fragment P on Pet { name }`],
    ['StreamInSubscriptionFragment', `subscription { ...S } fragment S on SubscriptionRoot { newPet { ...T } } fragment T on Pet { ... on Dog { mother @stream { name } } }`],
    ['SkippedSelectionsIgnored', `subscription ($s: Boolean!) { newPet { ... @skip(if: $s) @defer { name } ... @include(if: false) @defer { name } ... @skip(if: false) @defer { name } } }`],
  ],
  StreamDirectiveOnListFieldRule: [
    ['StreamOnList', `{ human { pets @stream { name } relatives @stream { name } } }`],
    ['StreamOnNonList', `{ dog @stream { name } human { name @stream } }`],
    ['StreamOnUnknownField', `{ dog { unknown @stream } }`],
  ],
  AllRules: [
    ['ValidKitchenSink', `
      query Q($id: ID, $cmd: DogCommand!, $skip: Boolean = false) @onQuery {
        human(id: $id) { name pets { name ... on Dog { doesKnowCommand(dogCommand: $cmd) } } }
        dog @skip(if: $skip) { ...DogFields }
        complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: ["a"] }) oneOfArgField(oneOfArg: { intField: 1 }) }
        __typename
      }
      fragment DogFields on Dog { name barkVolume mother { name } }
      mutation M { addPet(name: "Rex") { name } }
      subscription S { newPet { name } }
    `],
    ['ErrorsInDocumentOrderAcrossRules', `
      query Q($unused: Int, $v: String) {
        dog { nam barkVolume { x } doesKnowCommand(dogCommand: "SIT", extra: 1) }
        complicatedArgs { multipleReqs(req1: $v) }
        ...Missing
        cat @unknown { name name: nickname }
      }
      fragment Unused on Cat { meows }
      type T { a: Int }
    `],
    ['MaxErrorsStopsValidation', `{ a b c d e f }`, { maxErrors: 3 }],
    ['MaxErrorsExactlyReached', `{ a b c }`, { maxErrors: 3 }],
    ['HiddenSuggestionsEverywhere', `query ($a: Strin) { dog { nam doesKnowCommand(dogComand: sit) } complicatedArgs { complexArgField(complexArg: { requiredField: true, stringfield: "x" }) } }`, { hideSuggestions: true }],
    ['SubscriptionAndOperationTypes', `
      subscription S { newPet { name } importantEmails }
      subscription { __typename }
    `],
    ['IntrospectionQuery', `
      query IntrospectionQuery {
        __schema {
          queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType }
          directives { name description locations args { ...InputValue } }
        }
      }
      fragment FullType on __Type {
        kind name description
        fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
        inputFields { ...InputValue }
        interfaces { ...TypeRef }
        enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
        possibleTypes { ...TypeRef }
      }
      fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
      fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
    `],
  ],
};
