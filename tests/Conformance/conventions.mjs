// The fixture conventions (README.md) as graphql-js resolvers. The C# side implements the same rules in
// tests/Engine.Tests/Conformance/FixtureResolvers.cs; keep the two in step.

/** JSON with object keys sorted by UTF-16 code unit and no whitespace: the form echo fields return. */
export function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value) {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = sortKeys(value[key]);
    }
    return sorted;
  }
  return value;
}

function isErrorMarker(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.$error === 'string';
}

function own(parent, key) {
  if (parent === null || typeof parent !== 'object' || !Object.prototype.hasOwnProperty.call(parent, key)) {
    return undefined;
  }
  return parent[key];
}

/** Mutation root fields that change the per-request counter, to make serial execution observable. */
function resolveMutationField(parent, args, fieldName) {
  switch (fieldName) {
    case 'increment':
      parent.counter += args.by;
      return parent.counter;
    case 'failingIncrement':
      parent.counter += args.by;
      throw new Error(`Increment failed at ${parent.counter}`);
    case 'createDog':
      parent.counter += 1;
      return { __typename: 'Dog', id: `dog-new-${parent.counter}`, name: args.name, tricks: [] };
    default:
      return undefined;
  }
}

export function fieldResolver(source, args, _context, info) {
  const { fieldName } = info;
  if (fieldName.startsWith('echo') || own(source, '$echo') === true) {
    return canonicalJson(args);
  }
  if (info.parentType.name === 'Mutation') {
    return resolveMutationField(source, args, fieldName);
  }
  const value = own(source, fieldName);
  if (isErrorMarker(value)) {
    throw new Error(value.$error);
  }
  return value;
}

/** Subscription root fields: the fixture's list under subscription.<field>, one event per item. */
export function makeSubscribeFieldResolver(fixture) {
  return (_source, _args, _context, info) => {
    const { fieldName } = info;
    const items = own(fixture.subscription, fieldName);
    if (isErrorMarker(items)) {
      throw new Error(items.$error);
    }
    return (async function* events() {
      for (const item of items ?? []) {
        yield { [fieldName]: item };
      }
    })();
  };
}

export function mutationRoot(fixture) {
  return structuredClone(fixture.mutation);
}
