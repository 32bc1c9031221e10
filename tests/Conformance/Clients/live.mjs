// Runs every business scenario (scenarios.mjs) with one real client against a running server:
//   node live.mjs <url of /graphql> apollo|urql
// apollo: Apollo Client with an InMemoryCache whose relayStylePagination merges the pages fetchMore brings, the token
// set per request by a context link. urql: @urql/core with its default exchanges, fetch options and Accept header
// (queries go as GET within the URL limit). Exits 1 when a scenario fails or an operation in docs/examples/ was never run.
import { check, scenarios } from './scenarios.mjs';
import { loadOperations } from './operations.mjs';

const [endpoint, clientName] = process.argv.slice(2);
const factories = {
  apollo: () => import('./clients/apollo.mjs'),
  urql: () => import('./clients/urql.mjs'),
};
if (!endpoint || !factories[clientName]) {
  console.error('usage: node live.mjs <url of the GraphQL endpoint> apollo|urql');
  process.exit(2);
}

const operations = loadOperations();
const ran = new Set();
const { createClient } = await factories[clientName]();
const adapter = createClient(endpoint, (name) => {
  const operation = operations.get(name);
  if (!operation) throw new Error(`no operation ${name} in docs/examples/`);
  ran.add(name);
  return operation.document;
});

let failed = false;
const skipped = new Set();
for (const scenario of scenarios) {
  if (scenario.requires && !adapter.supports?.includes(scenario.requires)) {
    // Apollo Client sends no files without an extra upload link: its runs leave the uploads to urql's.
    skipped.add(scenario);
    console.log(`${clientName} ${scenario.business}: skipped (${clientName} does not send ${scenario.requires})`);
    continue;
  }
  try {
    const summary = await scenario.run(wrap(adapter));
    console.log(`${clientName} ${scenario.business}: ${summary}`);
  } catch (error) {
    failed = true;
    console.error(`${clientName} ${scenario.business} FAILED: ${error.stack ?? error}`);
  }
}

const leftToOthers = new Set([...skipped].flatMap((scenario) => scenario.uses));
const unrun = [...operations.keys()].filter((name) => !ran.has(name) && !leftToOthers.has(name));
if (unrun.length > 0) {
  failed = true;
  console.error(`operations no scenario runs (every partner operation must run): ${unrun.join(', ')}`);
}
const report = adapter.report?.();
if (report) console.log(report);
const left = leftToOthers.size > 0 ? ` (left to other clients: ${[...leftToOthers].join(', ')})` : '';
console.log(`${clientName}: ${ran.size} of ${operations.size - leftToOthers.size} operations run, ${failed ? 'FAILED' : 'all passed'}${left}`);
process.exit(failed ? 1 : 0);

// The adapter answers data; this adds the checks every partner makes: no GraphQL errors, no payload errors.
function wrap(client) {
  const session = (inner, user) => ({
    user,
    async query(name, variables, field) {
      return (await inner.query(name, variables))[field];
    },
    async mutate(name, variables, field) {
      const payload = (await inner.mutate(name, variables))[field];
      check(payload && !(payload.errors?.length > 0), `${name} was refused: ${JSON.stringify(payload?.errors ?? payload)}`);
      return payload;
    },
    async pageAll(name, variables, field) {
      const { nodes, totalCount, pages } = await inner.pageAll(name, variables, field);
      check(nodes.length === totalCount, `${name}: ${nodes.length} nodes over ${pages} pages, but totalCount is ${totalCount}`);
      check(new Set(nodes.map((node) => node.id)).size === nodes.length, `${name}: a node came twice across pages`);
      return { nodes, totalCount, pages };
    },
  });
  return {
    endpoint,
    anonymous: () => session(client.session(null)),
    async signIn(email, password) {
      const login = (await client.session(null).mutate('SignIn', { email, password })).login;
      check(login.accessToken && !(login.errors?.length > 0), `signing in as ${email} failed: ${JSON.stringify(login.errors)}`);
      return { ...session(client.session(login.accessToken), login.user), token: login.accessToken };
    },
  };
}
