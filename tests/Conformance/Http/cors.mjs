// A partner's page on another origin calling the server from headless Chromium:
//   node cors.mjs <url of /graphql> <allowed page port> <refused page port>
// Serves one small page on http://localhost:<port> for each port (origins other than the server's). On the allowed
// origin the page registers an account and runs `me` with the access token in the Authorization header and
// `credentials: 'include'` (both need the preflight answered and credentials allowed); on the other origin the browser
// must block the same request. Exits 1 when either turns out otherwise, 2 when Chromium is missing.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [endpoint, allowedPort, refusedPort] = process.argv.slice(2);
if (!endpoint || !allowedPort || !refusedPort) {
  console.error('usage: node cors.mjs <url of the GraphQL endpoint> <allowed page port> <refused page port>');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium is not installed at ${executablePath} (Debian: apt-get install -y chromium; .ci/run installs it).`);
  process.exit(2);
}

// What the page runs: plain fetch, as any client library does underneath.
const pageScript = `
window.partnerRun = async (endpoint, email) => {
  const call = async (query, variables, token) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      mode: 'cors',
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: 'Bearer ' + token } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  };
  try {
    const registered = await call(
      'mutation Register($input: RegisterInput!) { register(input: $input) { accessToken errors { message } } }',
      { input: { email, password: 'a long enough secret' } });
    const token = registered.body.data.register.accessToken;
    const me = await call('query Me { me { email roles } }', {}, token);
    return { ok: true, me: me.body.data.me, status: me.status };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
};`;

const pages = [];
const serve = (port) =>
  new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html><head><title>Partner app</title><script>${pageScript}</script></head><body>Partner app</body></html>`);
    });
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', () => {
      pages.push(server);
      resolve();
    });
  });

const userDataDir = mkdtempSync(join(tmpdir(), 'graph-cors-'));
let failed = false;
let context;
try {
  await serve(allowedPort);
  await serve(refusedPort);
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);

  const stamp = Date.now().toString(36);
  await page.goto(`http://localhost:${allowedPort}/`);
  const allowed = await page.evaluate(([url, email]) => window.partnerRun(url, email), [endpoint, `cors-${stamp}@example.com`]);
  if (!allowed.ok || allowed.me?.email !== `cors-${stamp}@example.com`) {
    throw new Error(`from the allowed origin the page got ${JSON.stringify(allowed)}`);
  }
  console.log(`- http://localhost:${allowedPort} registered and ran \`me\` with its token: ${allowed.me.email} (${allowed.me.roles})`);

  await page.goto(`http://localhost:${refusedPort}/`);
  const refused = await page.evaluate(([url, email]) => window.partnerRun(url, email), [endpoint, `cors-refused-${stamp}@example.com`]);
  if (refused.ok) throw new Error(`from an origin not allowed the browser let the page read ${JSON.stringify(refused)}`);
  console.log(`- http://localhost:${refusedPort} was blocked by the browser: ${refused.error}`);
  console.log(`CORS in Chromium: the allowed origin ran its query (JSON with an Authorization header: preflighted), the other was blocked`);
} catch (error) {
  failed = true;
  console.error(`CORS check failed: ${error.message}`);
} finally {
  await context?.close();
  for (const server of pages) server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
