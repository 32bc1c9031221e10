// The build steps of partners' apps over the published schema:
//   node compile.mjs <schema.graphql> [--operations DIR] [--relay DIR] [--out DIR]
// GraphQL Code Generator (typescript + typescript-operations) types every operation in DIR (default: docs/examples/),
// and the Relay compiler compiles every Relay app in the relay DIR (default: relay/): both validate each document
// against the schema, so an operation a schema change breaks fails here. Both always run; the output names what
// each found. Exits 1 when either fails.
import { generate } from '@graphql-codegen/cli';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? resolve(args[at + 1]) : fallback;
};
const schema = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : null;
if (!schema) {
  console.error('usage: node compile.mjs <schema.graphql> [--operations DIR] [--relay DIR] [--out DIR]');
  process.exit(2);
}
const operations = option('--operations', join(here, '..', '..', '..', 'docs', 'examples'));
const relaySources = option('--relay', join(here, 'relay'));
const workspace = mkdtempSync(join(tmpdir(), 'graph-clients-'));
const out = option('--out', workspace);
mkdirSync(out, { recursive: true });

let failed = false;

// GraphQL Code Generator, as a partner's codegen.ts would configure it.
try {
  const documents = readdirSync(operations).filter((file) => file.endsWith('.graphql'));
  if (documents.length === 0) throw new Error(`no .graphql operations in ${operations}`);
  const [file] = await generate(
    {
      schema,
      documents: documents.map((document) => join(operations, document)),
      generates: { [join(out, 'graphql.ts')]: { plugins: ['typescript', 'typescript-operations'] } },
      silent: true,
      errorsOnly: true,
    },
    true,
  );
  const types = file.content.match(/^export type \w+(Query|Mutation|Subscription|Fragment) =/gm) ?? [];
  console.log(`codegen: typed ${types.length} operations and fragments of ${documents.length} files`);
} catch (error) {
  failed = true;
  console.error(`codegen failed:\n${describe(error)}`);
}

// The Relay compiler over the Relay apps, in a copy so that the artifacts it writes land outside the repository.
try {
  const project = join(workspace, 'relay-project');
  cpSync(relaySources, join(project, 'src'), { recursive: true });
  copyFileSync(schema, join(project, 'schema.graphql'));
  mkdirSync(join(project, 'src', '__generated__'), { recursive: true });
  writeFileSync(
    join(project, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript', artifactDirectory: './src/__generated__' }),
  );
  const compiler = spawnSync(join(here, 'node_modules', '.bin', 'relay-compiler'), [], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${compiler.stdout ?? ''}${compiler.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  if (compiler.error) throw compiler.error;
  if (compiler.status !== 0) throw new Error(output);
  const artifacts = readdirSync(join(project, 'src', '__generated__')).filter((file) => file.endsWith('.graphql.ts'));
  cpSync(join(project, 'src', '__generated__'), join(out, 'relay'), { recursive: true });
  console.log(`relay: compiled ${artifacts.length} artifacts`);
} catch (error) {
  failed = true;
  console.error(`relay failed:\n${describe(error)}`);
}

rmSync(out === workspace ? workspace : join(workspace, 'relay-project'), { recursive: true, force: true });
process.exit(failed ? 1 : 0);

function describe(error) {
  const inner = error?.errors?.map?.((e) => e.details ?? e.message) ?? [];
  return [error?.message ?? String(error), ...inner].join('\n');
}
