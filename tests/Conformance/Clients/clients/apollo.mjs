// Apollo Client as a partner's app sets it up: one HttpLink, the Authorization header added by a context link, an
// InMemoryCache that knows the schema's interfaces (for fragments on Error and Node) and merges Relay-style pages.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { buildSchema, getNamedType, isAbstractType } from 'graphql';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'schema.graphql');

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));

// possibleTypes from the published schema, as codegen's fragment-matcher plugin would write them.
function possibleTypes() {
  const result = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) result[type.name] = schema.getPossibleTypes(type).map((t) => t.name);
  }
  return result;
}

// Every root connection, paged Relay-style (a partner's app lists the ones it pages).
const rootConnections = () =>
  Object.values(schema.getQueryType().getFields()).filter((field) => getNamedType(field.type).name.endsWith('Connection')).map((field) => field.name);

export function createClient(uri, documentFor) {
  const types = possibleTypes();
  const connections = rootConnections();

  const session = (token) => {
    const auth = new SetContextLink((previous) => ({
      headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }));
    const client = new ApolloClient({
      link: ApolloLink.from([auth, new HttpLink({ uri })]),
      cache: new InMemoryCache({
        possibleTypes: types,
        typePolicies: { Query: { fields: Object.fromEntries(connections.map((field) => [field, relayStylePagination(['where', 'order'])])) } },
      }),
    });
    return {
      async query(name, variables) {
        const { data } = await client.query({ query: documentFor(name), variables, fetchPolicy: 'network-only' });
        return data;
      },
      async mutate(name, variables) {
        const { data } = await client.mutate({ mutation: documentFor(name), variables });
        return data;
      },
      // The first page and the next ones (by fetchMore) on one watched query; relayStylePagination merges them in
      // the cache, so the watched result ends up holding every page.
      async pageAll(name, variables, field) {
        const query = documentFor(name);
        // The first page is the watched query's own result: a separate query for it would race the watched query's
        // fetch, and whichever page-one answer came last would reset the merged list to one page.
        const watched = client.watchQuery({ query, variables, fetchPolicy: 'network-only' });
        let subscription;
        const first = new Promise((resolve, reject) => {
          subscription = watched.subscribe({
            next: (result) => {
              if (result.error) reject(result.error);
              else if (!result.loading && result.data) resolve(result);
            },
            error: reject,
          });
        });
        try {
          let page = (await first).data[field];
          let pages = 1;
          while (page.pageInfo.hasNextPage) {
            const more = await watched.fetchMore({ variables: { ...variables, after: page.pageInfo.endCursor } });
            page = more.data[field];
            pages++;
          }
          const merged = client.readQuery({ query, variables })[field];
          return { nodes: merged.edges.map((edge) => edge.node), totalCount: merged.totalCount, pages };
        } finally {
          subscription.unsubscribe();
        }
      },
    };
  };
  return { session };
}
