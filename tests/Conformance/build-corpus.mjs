#!/usr/bin/env node
// Writes corpus/<category>.json from the authoring modules in corpus-src/ (template literals are easier to
// write than JSON strings). Both the oracle and the C# harness read only the JSON. Run after editing corpus-src.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'corpus-src');
const outDir = join(here, 'corpus');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir);
let total = 0;
for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.mjs') && f !== 'entry.mjs').sort()) {
  const entries = (await import(pathToFileURL(join(sourceDir, file)).href)).default;
  const names = new Set();
  for (const entry of entries) {
    if (names.has(entry.name)) {
      throw new Error(`${file}: duplicate entry name "${entry.name}"`);
    }
    names.add(entry.name);
  }
  writeFileSync(join(outDir, file.replace(/\.mjs$/, '.json')), `${JSON.stringify(entries, null, 1)}\n`);
  total += entries.length;
  console.log(`${file.replace(/\.mjs$/, '')}: ${entries.length}`);
}
console.log(`total: ${total}`);
