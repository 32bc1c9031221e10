// @urql/core as a partner's app sets it up: the default exchanges, the token in fetchOptions, nothing else changed
// (so its default Accept, which names text/event-stream, and GET for queries within the URL limit). A recording fetch
// notes what went out and came back, and fails the run if a single result came as anything but JSON.
import { cacheExchange, createClient as createUrqlClient, fetchExchange } from '@urql/core';

export function createClient(url, documentFor) {
  const seen = { accept: new Set(), contentTypes: new Set(), methods: new Set() };
  const recordingFetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.accept.add(headers.get('accept'));
    seen.methods.add(init?.method ?? 'GET');
    const response = await fetch(input, init);
    const contentType = response.headers.get('content-type') ?? '';
    seen.contentTypes.add(contentType.split(';')[0]);
    if (!/^application\/(graphql-response\+)?json/.test(contentType)) {
      throw new Error(`a single result came as ${contentType} for Accept: ${headers.get('accept')}`);
    }
    return response;
  };

  const session = (token) => {
    const client = createUrqlClient({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch,
      fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    const unwrap = (result, name) => {
      if (result.error) throw new Error(`${name}: ${result.error.message}`);
      return result.data;
    };
    return {
      async query(name, variables) {
        return unwrap(await client.query(documentFor(name), variables, { requestPolicy: 'network-only' }).toPromise(), name);
      },
      async mutate(name, variables) {
        return unwrap(await client.mutation(documentFor(name), variables).toPromise(), name);
      },
      async pageAll(name, variables, field) {
        const nodes = [];
        let after;
        let pages = 0;
        let page;
        do {
          page = unwrap(await client.query(documentFor(name), { ...variables, after }, { requestPolicy: 'network-only' }).toPromise(), name)[field];
          nodes.push(...page.edges.map((edge) => edge.node));
          after = page.pageInfo.endCursor;
          pages++;
        } while (page.pageInfo.hasNextPage);
        return { nodes, totalCount: page.totalCount, pages };
      },
    };
  };
  return {
    session,
    supports: ['uploads'],
    report: () =>
      `urql sent Accept: ${[...seen.accept].join(' | ')}; methods ${[...seen.methods].join(', ')}; answered as ${[...seen.contentTypes].join(', ')}`,
  };
}
