// The graphql-http audit suite against a running server: `node audit.mjs <url of /graphql>`.
// Prints every audit and a tally; exits 1 on any error or warning (a failed MUST or SHOULD/MAY), 2 on a crash.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

const results = await auditServer({ url });
const tally = { ok: 0, warn: 0, error: 0 };
for (const result of results) {
  tally[result.status] += 1;
  const mark = { ok: 'PASS', warn: 'WARN', error: 'FAIL' }[result.status];
  console.log(`${mark} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    console.log(`     ${result.reason}`);
    if (result.response) {
      const body = await result.response.text().catch(() => '');
      console.log(`     status ${result.response.status}, content-type ${result.response.headers.get('content-type')}, body ${body.slice(0, 300)}`);
    }
  }
}

console.log(`graphql-http audit: ${results.length} audits, ${tally.ok} passed, ${tally.warn} warnings, ${tally.error} errors`);
process.exit(tally.warn + tally.error === 0 ? 0 : 1);
