// The GraphQL path warmed at start, as ELK is (layout-warmup.ts): measured on the web bench, a
// freshly started server took about 200 ms (and several times that on a loaded machine) for its
// first request and again for its first structure chart, the time Apollo's request pipeline, the
// chart's resolvers and the store's statements take to compile, while later ones take a few ms;
// that was on the critical path of the first visitor's chart (issue 15). The warm-up asks what the
// chart view asks, for the first partnership, through Apollo as a request would, but not through
// the HTTP response cache, so no answer is kept for a visitor.
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphStore } from '../store/contract.js';
import { createContext, type Context } from '../graphql/context.js';

const PARTNERSHIPS = 'query WarmPartnerships { partnerships { id name } }';
const CHART = `query WarmChart($rootIds: [ID!]!) {
  structureChart(rootIds: $rootIds) {
    nodes { data { elementId label shortLabel kind parent tier partnership compound depth unlinked } classes }
    edges { data { elementId source target type label validFrom validTo } classes }
    sources { id title }
  }
}`;

async function ask(apollo: ApolloServer<Context>, store: GraphStore, query: string, variables: object): Promise<unknown> {
  const view = await store.readView();
  try {
    const search = `?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
    // Apollo's CSRF prevention wants this header of a GET
    const headers = new HeaderMap([['apollo-require-preflight', 'true']]);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'GET', headers, search, body: undefined },
      context: async () => createContext(view, 'warm-up'),
    });
    if (answer.body.kind !== 'complete') throw new Error('an incremental answer');
    const body = JSON.parse(answer.body.string) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return body.data;
  } finally {
    await view.close();
  }
}

/** Asks for the partnerships and the first one's structure chart, once; a graph with none asks for nothing more. */
export async function warmGraphql(apollo: ApolloServer<Context>, store: GraphStore): Promise<void> {
  const { partnerships } = (await ask(apollo, store, PARTNERSHIPS, {})) as { partnerships: { id: string }[] };
  if (partnerships[0]) await ask(apollo, store, CHART, { rootIds: [partnerships[0].id] });
}
