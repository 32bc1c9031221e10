// The graphql-ws client (graphql-transport-ws) against a Graph server:
//   node graphql-ws-oracle.mjs <ws-url> <nodeId> <events>
// Runs a query over the socket, then subscribes to statusChanged(nodeId) and prints each event as
// "NEXT <json>" until <events> arrived; the test publishes them through the outbox.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, nodeId, events] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  connectionParams: { authorization: 'Bearer oracle-token' },
});

function once(payload) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe(payload, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
  });
}

try {
  console.log('QUERY ' + JSON.stringify(await once({ query: 'query Hello($n: String) { hello(name: $n) }', variables: { n: 'graphql-ws' } })));
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
  await client.dispose();
  console.log('DONE');
} catch (error) {
  console.log('ERROR ' + (error instanceof Error ? error.message : JSON.stringify(error)));
  process.exit(1);
}
