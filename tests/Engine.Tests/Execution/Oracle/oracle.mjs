// Fills in "expected" for every case in cases.json by running graphql-js (the behaviour oracle).
// Usage: node oracle.mjs <path-to-node_modules/graphql> — run once after editing cases.json; the C# tests
// (ExecutionOracleTests) compare the engine's JSON output with these strings byte for byte.
// Fixture conventions, mirrored by the C# harness:
//   - a root-value string "!error:<message>" becomes an Error object (graphql-js throws it as a field error);
//   - a field named "echo" resolves to JSON.stringify of its arguments.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const graphqlPath = resolve(process.argv[2] ?? '/work/wt/refs/node_modules/graphql');
const { buildSchema, parse, execute, isObjectType } = await import(graphqlPath + '/index.mjs');

const file = new URL('./cases.json', import.meta.url);
const fixture = JSON.parse(readFileSync(file, 'utf8'));
const cases = fixture.cases;

function revive(value) {
  if (typeof value === 'string' && value.startsWith('!error:')) return new Error(value.slice(7));
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = revive(v);
    return out;
  }
  return value;
}

for (const c of cases) {
  const schema = buildSchema(fixture.schemas[c.schema]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'echo') field.resolve = (_s, args) => JSON.stringify(args);
    }
  }
  const result = await execute({
    schema,
    document: parse(c.query),
    rootValue: revive(c.root ?? {}),
    variableValues: c.variables,
    operationName: c.operationName,
  });
  c.expected = JSON.stringify(result);
}

writeFileSync(file, JSON.stringify(fixture, null, 2) + '\n');
console.log(`${cases.length} cases written`);
