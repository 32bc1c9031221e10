#!/usr/bin/env node
// graphql-js's side of the engine benchmark: the same three operations as EngineBenchmarks.cs, on the same
// query (tests/Conformance/introspection-query.graphql) and schema (tests/Conformance/schema.graphql), with
// the graphql-js pinned in tests/Conformance (run `npm ci` there first).
//
//   node graphql-js.mjs [--seconds N] [--warmup N]   prints {"parse":ops/s,"validate":ops/s,"execute":ops/s}
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const conformance = join(here, '..', '..', 'tests', 'Conformance');
const graphqlEntry = join(conformance, 'node_modules', 'graphql', 'index.mjs');
const { buildSchema, execute, parse, validate, version } = await import(pathToFileURL(graphqlEntry).href);

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const seconds = option('--seconds', 3);
const warmupSeconds = option('--warmup', 1);

const schema = buildSchema(readFileSync(join(conformance, 'schema.graphql'), 'utf8'));
const query = readFileSync(join(conformance, 'introspection-query.graphql'), 'utf8');
const document = parse(query);

let sink = 0;

/** Runs `operation` in batches until `duration` seconds pass; returns operations per second. */
function measure(operation, duration) {
  const batch = 16;
  let count = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(duration * 1e9));
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < batch; i++) {
      sink ^= operation() === undefined ? 0 : 1;
    }
    count += batch;
    elapsed = process.hrtime.bigint() - start;
  }
  return count / (Number(elapsed) / 1e9);
}

const operations = {
  parse: () => parse(query),
  validate: () => {
    const errors = validate(schema, document);
    if (errors.length > 0) {
      throw new Error(errors[0].message);
    }
    return errors;
  },
  execute: () => {
    const result = execute({ schema, document });
    if (result.errors !== undefined || typeof result.then === 'function') {
      throw new Error('introspection did not complete synchronously without errors');
    }
    return result;
  },
};

const results = { graphqlVersion: version, node: process.version };
for (const [name, operation] of Object.entries(operations)) {
  measure(operation, warmupSeconds);
  results[name] = Math.round(measure(operation, seconds));
}
process.stdout.write(`${JSON.stringify(results)}\n`);
if (sink === -1) {
  process.stdout.write('unreachable\n');
}
