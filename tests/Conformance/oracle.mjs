#!/usr/bin/env node
// graphql-js as the oracle of the conformance suite.
//
//   node oracle.mjs [--out FILE]               verdicts of graphql-js on every corpus document (JSON)
//   node oracle.mjs print-schema FILE          printSchema(buildClientSchema(introspection in FILE))
//   node oracle.mjs introspection-query        the introspection query both sides run
//
// For each corpus entry it records: the parse verdict (syntax error message + locations), the validation
// errors (messages + locations) and, for valid documents, the execution result (or the list of results of a
// subscription's events), and print(document) for documents that parse. See README.md for the fixture conventions.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  execute,
  getIntrospectionQuery,
  getOperationAST,
  parse,
  print,
  printSchema,
  subscribe,
  validate,
  validateSchema,
  version,
} from 'graphql';
import { fieldResolver, makeSubscribeFieldResolver, mutationRoot } from './conventions.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Every option on, except experimental ones: what `getIntrospectionQuery`-equivalent means in the tests. */
export const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

/** The schema file of a corpus entry's `schema` key: schema.graphql by default, else schema-<key>.graphql. */
export function schemaFile(key) {
  return key === undefined ? 'schema.graphql' : `schema-${key}.graphql`;
}

export function loadSchema(key) {
  const file = schemaFile(key);
  const schema = buildSchema(readFileSync(join(here, file), 'utf8'));
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    throw new Error(`${file} is invalid: ${errors.map((e) => e.message).join('; ')}`);
  }
  return schema;
}

export function loadCorpus() {
  const dir = join(here, 'corpus');
  const categories = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    categories[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  }
  return categories;
}

function formatError(error) {
  const formatted = { message: error.message };
  if (error.locations !== undefined && error.locations.length > 0) {
    formatted.locations = error.locations.map(({ line, column }) => ({ line, column }));
  }
  if (error.path !== undefined) {
    formatted.path = error.path;
  }
  return formatted;
}

function formatResult(result) {
  const formatted = {};
  if (result.errors !== undefined) {
    formatted.errors = result.errors.map(formatError);
  }
  if ('data' in result) {
    formatted.data = result.data;
  }
  return formatted;
}

async function runEntry(schemas, fixture, entry) {
  const schema = (schemas[entry.schema ?? ''] ??= loadSchema(entry.schema));
  const verdict = { name: entry.name };
  let document;
  try {
    document = parse(entry.document);
    verdict.parse = { ok: true };
    verdict.printed = print(document);
  } catch (error) {
    verdict.parse = { ok: false, ...formatError(error) };
    return verdict;
  }

  verdict.validation = validate(schema, document).map(formatError);
  if (verdict.validation.length > 0) {
    return verdict;
  }

  const args = {
    schema,
    document,
    variableValues: entry.variables ?? undefined,
    operationName: entry.operationName ?? undefined,
    fieldResolver,
    subscribeFieldResolver: makeSubscribeFieldResolver(fixture),
  };
  const operation = getOperationAST(document, entry.operationName ?? undefined);
  if (operation?.operation === 'subscription') {
    const stream = await subscribe({ ...args, rootValue: fixture.subscription });
    if (Symbol.asyncIterator in stream) {
      const events = [];
      for await (const event of stream) {
        events.push(formatResult(event));
      }
      verdict.execution = { events };
    } else {
      verdict.execution = { result: formatResult(stream) };
    }
    return verdict;
  }

  const rootValue = operation?.operation === 'mutation' ? mutationRoot(fixture) : fixture.query;
  verdict.execution = { result: formatResult(await execute({ ...args, rootValue })) };
  return verdict;
}

async function runCorpus() {
  const schema = loadSchema();
  const schemas = { '': schema };
  const fixture = JSON.parse(readFileSync(join(here, 'fixture.json'), 'utf8'));
  const output = {
    graphqlVersion: version,
    introspectionQuery: getIntrospectionQuery(introspectionOptions),
    schemaSdl: printSchema(schema),
    categories: {},
  };
  for (const [category, entries] of Object.entries(loadCorpus())) {
    const verdicts = [];
    for (const entry of entries) {
      verdicts.push(await runEntry(schemas, fixture, entry));
    }
    output.categories[category] = verdicts;
  }
  return output;
}

function printClientSchema(file) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const introspection = parsed.data ?? parsed;
  return printSchema(buildClientSchema(introspection));
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'print-schema') {
    process.stdout.write(printClientSchema(rest[0]));
    return;
  }
  if (command === 'introspection-query') {
    process.stdout.write(getIntrospectionQuery(introspectionOptions));
    return;
  }
  const output = JSON.stringify(await runCorpus(), null, 1);
  const outIndex = argv.indexOf('--out');
  if (outIndex >= 0) {
    writeFileSync(argv[outIndex + 1], output);
  } else {
    process.stdout.write(output);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
