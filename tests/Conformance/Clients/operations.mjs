// The partner operations (docs/examples/*.graphql) as documents a client sends: each operation with the fragments it
// spreads, transitively, wherever in the folder they are defined.
import { Kind, parse, visit } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const operationsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'examples');

export function loadOperations(directory = operationsDirectory) {
  const definitions = readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => parse(readFileSync(join(directory, file), 'utf8')).definitions.map((definition) => ({ file, definition })));
  const fragments = new Map(
    definitions.filter(({ definition }) => definition.kind === Kind.FRAGMENT_DEFINITION).map(({ definition }) => [definition.name.value, definition]),
  );
  const operations = new Map();
  for (const { file, definition } of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = definition.name?.value;
    if (!name) throw new Error(`${file}: every partner operation has a name`);
    if (operations.has(name)) throw new Error(`${file}: operation ${name} is defined twice`);
    const needed = new Map();
    const collect = (node) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragmentName = spread.name.value;
          if (needed.has(fragmentName)) return;
          const fragment = fragments.get(fragmentName);
          if (!fragment) throw new Error(`${file}: ${name} spreads the unknown fragment ${fragmentName}`);
          needed.set(fragmentName, fragment);
          collect(fragment);
        },
      });
    collect(definition);
    operations.set(name, {
      name,
      file,
      type: definition.operation,
      document: { kind: Kind.DOCUMENT, definitions: [definition, ...needed.values()] },
    });
  }
  return operations;
}
