// Banana Cake Pop in headless Chromium against a running server:
//   node bcp.mjs <url of /graphql> <screenshot.png> [--subscription]
// Opens the IDE the way a browser user does, checks it opened on the partner examples (with the Authorization header
// prepared in their connection settings), waits until it has loaded the schema (introspection), types an
// operation into the editor, runs it, checks the response pane shows the data, saves a screenshot, and checks the
// schema reference (documentation) lists the root fields. With --subscription the operation is
// `subscription { ticks(count: 3) }` (a field of the server tests' schema), which must arrive over the WebSocket
// endpoint the IDE's config names. Exits 1 when any step fails, 2 when Chromium is missing.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const [url, screenshot, mode] = process.argv.slice(2);
const subscription = mode === '--subscription';
if (!url || !screenshot) {
  console.error('usage: node bcp.mjs <url of the GraphQL endpoint> <screenshot path>');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium is not installed at ${executablePath} (Debian: apt-get install -y chromium; .ci/run installs it).`);
  process.exit(2);
}

const operationName = subscription ? 'Ticks' : 'Probe';
const query = subscription ? 'subscription Ticks { ticks(count: 3) }' : 'query Probe { __typename nodes(ids: []) { id } }';
const userDataDir = mkdtempSync(join(tmpdir(), 'graph-bcp-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
  viewport: { width: 1400, height: 900 },
});

const step = (name) => console.log(`- ${name}`);
let failed = false;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  const offsite = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname) && !target.protocol.startsWith('data')) offsite.push(request.url());
  });

  step(`open ${url}`);
  const opened = await page.goto(url);
  if (!opened?.ok()) throw new Error(`GET ${url} answered ${opened?.status()}`);

  // On a first visit the IDE installs its service worker, which takes control and makes the app reload itself once.
  step('Banana Cake Pop installs its service worker and reloads');
  await page.waitForEvent('load', { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);

  {
    // On a first visit the server's script adds the partner examples as a document and reloads the app once.
    step('Banana Cake Pop opens on the partner examples');
    await page.waitForFunction(() => localStorage.getItem('graph-partner-examples') === '1', null, { timeout: 60_000 });
    await page.getByText('Partner examples', { exact: true }).first().waitFor({ timeout: 60_000 });
    // The IDE has parsed the document when its operation picker offers the first operation.
    await page.getByText('SignIn', { exact: true }).first().waitFor();
    // Its editor shows the text. On a cold first visit Banana Cake Pop sometimes mounts the operations editor
    // without drawing its document (the document is there: the picker lists its operations); switching views and
    // back, as a user would, draws it.
    const signIn = page.locator('.monaco-editor .view-lines').filter({ hasText: 'mutation SignIn' }).first();
    if (!(await signIn.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
      await page.getByText('Schema Reference', { exact: true }).click();
      await page.getByText('Operation', { exact: true }).first().click();
      await signIn.waitFor();
    }
    await page.locator('.monaco-editor .view-lines').filter({ hasText: 'Authorization' }).first().waitFor();

    step('its connection settings hold the Authorization header to fill in');
    const headers = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('banana-cake-pop');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const read = open.result.transaction('attachment').objectStore('attachment').get(['doc|graph-partner-examples', 'connection-settings']);
            read.onsuccess = () => resolve(read.result?.http?.headers ?? []);
            read.onerror = () => reject(read.error);
          };
        }),
    );
    if (!headers.some((header) => header.name === 'Authorization' && header.value.startsWith('Bearer '))) {
      throw new Error(`the examples' connection settings have no Authorization header: ${JSON.stringify(headers)}`);
    }
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot.replace(/\.png$/, '.examples.png') });
  }

  step('Banana Cake Pop loads; a new document');
  await page.locator('button[aria-label^="New Document"]').click({ timeout: 60_000 });

  step('the schema arrives through introspection');
  await page.getByText('Schema available').waitFor();

  step(`type ${query}`);
  const operationEditor = page.locator('.monaco-editor').first();
  await operationEditor.click();
  await page.keyboard.insertText(query);
  // The builder lists the operation once the IDE has parsed the document; running before that runs nothing.
  await page.getByText(`${operationName}:`, { exact: false }).first().waitFor();

  step('run it');
  if (subscription) {
    // The events come over the WebSocket the config names; the pane shows the latest one.
    const frames = [];
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await page.locator('button').filter({ hasText: /^\s*Run\s*$/ }).click();
    const deadline = Date.now() + 30_000;
    while (!frames.some((frame) => frame.includes('"complete"')) && Date.now() < deadline) await page.waitForTimeout(100);
    const ticks = frames.filter((frame) => frame.includes('"next"')).map((frame) => JSON.parse(frame).payload?.data?.ticks);
    if (ticks.join(',') !== '1,2,3') throw new Error(`expected the events 1, 2, 3 over the WebSocket; frames: ${frames.join(' | ')}`);

    step('the response pane shows the events');
    await page.locator('.monaco-editor .view-lines').filter({ hasText: '"ticks"' }).filter({ hasText: '3' }).waitFor();
  } else {
    const answered = page
      .waitForResponse((response) => response.request().method() === 'POST' && (response.request().postData() ?? '').includes('Probe'))
      .catch((error) => error);
    await page.locator('button').filter({ hasText: /^\s*Run\s*$/ }).click();
    const response = await answered;
    if (response instanceof Error) throw new Error(`no response to the query reached the IDE: ${response.message}`);
    const body = await response.json();
    if (response.status() !== 200 || body?.data?.__typename !== 'Query' || !Array.isArray(body?.data?.nodes)) {
      throw new Error(`the server answered ${response.status()} ${JSON.stringify(body)}`);
    }

    step('the response pane shows the data');
    await page.locator('.monaco-editor .view-lines').filter({ hasText: '"data"' }).filter({ hasText: '"Query"' }).waitFor();
  }

  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  step(`screenshot saved to ${screenshot}`);

  step('the schema reference documents the root fields');
  await page.getByText('Schema Reference', { exact: true }).click();
  await page.getByText('Fetches an object given its ID.').first().waitFor();

  if (offsite.length > 0) throw new Error(`the IDE reached outside this machine: ${offsite.join(', ')}`);
  console.log(`Banana Cake Pop: loaded the schema, ran a ${subscription ? 'subscription' : 'query'} and showed its data`);
} catch (error) {
  failed = true;
  console.error(`Banana Cake Pop check failed: ${error.message}`);
  const page = context.pages()[0];
  if (page) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot.replace(/\.png$/, '.failed.png') }).catch(() => {});
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
