// Holds the partner's guide to the operations the clients run:
//   node guide-check.mjs <docs/partners.md>
// Every ```graphql block must parse, and each definition in it must be, as graphql-js prints it, one of the
// definitions in docs/examples/ (which live.mjs runs against the server, so the guide shows nothing that was not run).
// Each business's file must be shown at least once. Exits 1 with the offending blocks otherwise.
import { parse, print } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationsDirectory } from './operations.mjs';

const [guide] = process.argv.slice(2);
if (!guide) {
  console.error('usage: node guide-check.mjs <docs/partners.md>');
  process.exit(2);
}

const known = new Map();
for (const file of readdirSync(operationsDirectory).filter((name) => name.endsWith('.graphql'))) {
  for (const definition of parse(readFileSync(join(operationsDirectory, file), 'utf8')).definitions) {
    known.set(definition.name.value, { file, printed: print(definition) });
  }
}

const problems = [];
const shown = new Set();
const blocks = [...readFileSync(guide, 'utf8').matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
for (const [index, block] of blocks.entries()) {
  let document;
  try {
    document = parse(block);
  } catch (error) {
    problems.push(`block ${index + 1} does not parse: ${error.message}\n${block}`);
    continue;
  }
  for (const definition of document.definitions) {
    const name = definition.name?.value;
    const operation = name && known.get(name);
    if (!operation) problems.push(`block ${index + 1}: ${name ?? 'an anonymous definition'} is not in docs/examples/\n${block}`);
    else if (operation.printed !== print(definition)) problems.push(`block ${index + 1}: ${name} differs from docs/examples/${operation.file}\n${block}`);
    else shown.add(operation.file);
  }
}
for (const file of ['petLab.graphql', 'therapy.graphql', 'sales.graphql', 'patientJourney.graphql', 'signIn.graphql']) {
  if (!shown.has(file)) problems.push(`the guide shows nothing of docs/examples/${file}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log(`partners guide: ${blocks.length} graphql examples, each one of the partner operations (${[...shown].sort().join(', ')})`);
