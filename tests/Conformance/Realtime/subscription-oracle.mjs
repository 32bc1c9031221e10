// The real clients against the whole Graph server's subscriptions:
//   node subscription-oracle.mjs <ws|sse-distinct|sse-single> <url> <access token> <subscription document> <variables JSON> <events>
// Subscribes with the token (graphql-ws: connectionParams; graphql-sse: the Authorization header), prints SUBSCRIBED,
// then "NEXT <json>" for each event until <events> arrived, then DONE. The test makes the changes.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [transport, url, token, query, variables, events] = process.argv.slice(2);
const client = transport === 'ws'
  ? createWsClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } })
  : createSseClient({ url, singleConnection: transport === 'sse-single', retryAttempts: 0, headers: { authorization: `Bearer ${token}` } });

try {
  await new Promise((resolve, reject) => {
    let received = 0;
    const dispose = client.subscribe(
      { query, variables: JSON.parse(variables) },
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
