// The graphql-sse client against a Graph server:
//   node graphql-sse-oracle.mjs <http-url> <nodeId> <events> <distinct|single>
// Same script as the graphql-ws oracle, over Server-Sent Events in either connection mode.
import { createClient } from 'graphql-sse';

const [url, nodeId, events, mode] = process.argv.slice(2);
const client = createClient({
  url,
  singleConnection: mode === 'single',
  retryAttempts: 0,
  headers: { authorization: 'Bearer oracle-token' },
});

function once(payload) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe(payload, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
  });
}

try {
  console.log('QUERY ' + JSON.stringify(await once({ query: 'query Hello($n: String) { hello(name: $n) }', variables: { n: 'graphql-sse' } })));
  await new Promise((resolve, reject) => {
    let received = 0;
    const dispose = client.subscribe(
      { query: 'subscription S($id: ID!) { statusChanged(nodeId: $id) { nodeId status sequence } }', variables: { id: nodeId } },
      {
        next: (value) => {
          console.log('NEXT ' + JSON.stringify(value));
          if (++received >= Number(events)) {
            dispose();
            resolve();
          }
        },
        error: reject,
        complete: resolve,
      },
    );
    console.log('SUBSCRIBED');
  });
  client.dispose();
  console.log('DONE');
} catch (error) {
  console.log('ERROR ' + (error instanceof Error ? error.message : JSON.stringify(error)));
  process.exit(1);
}
