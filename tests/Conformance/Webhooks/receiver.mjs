// A webhook receiver written apart from the server, as a partner would write one: it verifies each request's
// Standard Webhooks signature with node:crypto alone and keeps what it received for the test to inspect.
//
//   node receiver.mjs            prints "listening <port>" once it accepts connections
//   POST /_control/config        {"secrets": ["whsec_…"], "failFirst": 0, "failStatus": 500, "retryAfter": null, "delayMs": 0}
//   GET  /_control/received      every request received: {id, timestamp, receivedAt, status, valid, reason, body}
//   POST anything else           a delivery: answered failStatus for the first failFirst attempts of each webhook-id, then 200
import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

const toleranceSeconds = 5 * 60;
let config = { secrets: [], failFirst: 0, failStatus: 500, retryAfter: null, delayMs: 0 };
const received = [];
const attemptsById = new Map();

function verify(headers, rawBody) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return 'missing a webhook-id, webhook-timestamp or webhook-signature header';
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(Date.now() / 1000 - seconds) > toleranceSeconds) return `timestamp ${timestamp} is not within ${toleranceSeconds} s`;
  const content = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), rawBody]);
  const offered = signatures.split(' ').filter((s) => s.startsWith('v1,')).map((s) => Buffer.from(s.slice(3), 'base64'));
  if (offered.length === 0) return 'no v1 signature';
  for (const secret of config.secrets) {
    const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
    const expected = createHmac('sha256', key).update(content).digest();
    if (offered.some((o) => o.length === expected.length && timingSafeEqual(o, expected))) return null;
  }
  return 'no signature matches a known secret';
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function json(response, status, value, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

const server = http.createServer(async (request, response) => {
  const rawBody = await readBody(request);
  if (request.url === '/_control/config' && request.method === 'POST') {
    config = { ...config, ...JSON.parse(rawBody.toString('utf8')) };
    return json(response, 200, config);
  }
  if (request.url === '/_control/received') return json(response, 200, received);

  let body = null;
  let reason = verify(request.headers, rawBody);
  try {
    body = JSON.parse(rawBody.toString('utf8'));
    if (!reason && body.id !== request.headers['webhook-id']) reason = `the body's id ${body.id} is not the webhook-id header`;
    for (const key of ['id', 'webhookId', 'timestamp', 'data', 'errors'])
      if (!reason && !(key in body)) reason = `the body has no "${key}"`;
  } catch (error) {
    reason ??= `the body is not JSON: ${error.message}`;
  }

  const id = request.headers['webhook-id'] ?? '';
  const attempt = (attemptsById.get(id) ?? 0) + 1;
  attemptsById.set(id, attempt);
  const status = reason ? 400 : attempt <= config.failFirst ? config.failStatus : 200;
  received.push({ id, timestamp: request.headers['webhook-timestamp'], receivedAt: Date.now(), attempt, status, valid: !reason, reason, body });
  if (config.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.delayMs));
  const headers = status !== 200 && config.retryAfter != null ? { 'retry-after': String(config.retryAfter) } : {};
  json(response, status, { received: !reason, reason }, headers);
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
