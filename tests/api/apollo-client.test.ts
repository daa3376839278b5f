// The API through a real normalised cache: Apollo Client 4's InMemoryCache over HttpLink against
// the real HTTP server, set up the way the README tells API clients to (possibleTypes from
// possible-types.json, no type policies). Two charts of the same nodes keep their own data, and
// fields asked for on an interface survive normalisation.
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { seededStore, type TestStore } from './support/store.js';

const { possibleTypes } = JSON.parse(readFileSync(new URL('../../possible-types.json', import.meta.url), 'utf8')) as { possibleTypes: Record<string, string[]> };

let seeded: TestStore;
let server: RunningServer;
beforeAll(async () => {
  seeded = await seededStore();
  server = await startServer({ store: seeded.store, port: 0, host: '127.0.0.1', production: true, logger: { info: () => {}, error: () => {} } });
});
afterAll(async () => {
  await server?.close();
  await seeded?.dispose();
});

const client = (withPossibleTypes = true) =>
  new ApolloClient({
    link: new HttpLink({ uri: `${server.url}/graphql` }),
    cache: new InMemoryCache(withPossibleTypes ? { possibleTypes } : {}),
  });

const CHART = gql`
  query Chart($groupBy: ChartGrouping) {
    structureChart(rootIds: ["richmond/csp"], depth: 3, asOf: "2024", groupBy: $groupBy) {
      nodes {
        data {
          elementId
          parent
          compound
        }
        classes
      }
      edges {
        data {
          elementId
          source
          target
        }
      }
    }
  }
`;

interface ChartAnswer {
  structureChart: { nodes: { data: { elementId: string; parent: string | null; compound: boolean } }[]; edges: { data: { elementId: string } }[] };
}

const parents = (c: ChartAnswer) => new Map(c.structureChart.nodes.filter((n) => !n.data.compound).map((n) => [n.data.elementId, n.data.parent]));

describe('Apollo Client 4 InMemoryCache against the real server', () => {
  it('keeps a TIER chart and a NONE chart of the same nodes apart: the second does not overwrite the first`s parent', async () => {
    const apollo = client();
    const tier = (await apollo.query<ChartAnswer>({ query: CHART, variables: { groupBy: 'TIER' } })).data!;
    const byTier = parents(tier);
    expect(byTier.size).toBeGreaterThan(5);
    for (const [id, parent] of byTier) expect(parent, id).toMatch(/^group:tier:\d+$/);

    const none = (await apollo.query<ChartAnswer>({ query: CHART, variables: { groupBy: 'NONE' } })).data!;
    // the same nodes, ungrouped
    expect([...parents(none).keys()].sort()).toEqual([...byTier.keys()].sort());
    for (const parent of parents(none).values()) expect(parent).toBeNull();

    // the TIER chart read back from the cache alone is the one the server sent
    const cached = apollo.readQuery<ChartAnswer>({ query: CHART, variables: { groupBy: 'TIER' } });
    expect(cached).not.toBeNull();
    expect(parents(cached!)).toEqual(byTier);
    const again = await apollo.query<ChartAnswer>({ query: CHART, variables: { groupBy: 'TIER' }, fetchPolicy: 'cache-only' });
    expect(again.data).toEqual(tier);
    // nothing of the chart was normalised into an entity of its own
    expect(Object.keys(apollo.cache.extract() as Record<string, unknown>).filter((k) => k.startsWith('Chart'))).toEqual([]);
    apollo.stop();
  });

  it('merges the charts when a query aliases elementId as id, as the schema warns', async () => {
    const aliased = gql`
      query Aliased($groupBy: ChartGrouping) {
        structureChart(rootIds: ["richmond/csp"], depth: 3, asOf: "2024", groupBy: $groupBy) {
          nodes {
            data {
              id: elementId
              elementId
              parent
              compound
            }
          }
          edges {
            data {
              elementId
            }
          }
        }
      }
    `;
    const apollo = client();
    await apollo.query({ query: aliased, variables: { groupBy: 'TIER' } });
    await apollo.query({ query: aliased, variables: { groupBy: 'NONE' } });
    const cached = apollo.readQuery<ChartAnswer>({ query: aliased, variables: { groupBy: 'TIER' } })!;
    expect([...parents(cached).values()].every((p) => p === null)).toBe(true);
    apollo.stop();
  });

  const NODE = gql`
    query Node($id: ID!) {
      node(id: $id) {
        id
        ...Named
        ... on Partnership {
          aliases
        }
        ... on GovernanceBody {
          chairs {
            id
          }
        }
      }
    }
    fragment Named on Node {
      name
      kind
    }
  `;

  it('keeps fields asked for on the interfaces with the generated possibleTypes', async () => {
    const apollo = client();
    const { data } = await apollo.query<{ node: { id: string; name: string; kind: string; aliases: string[]; chairs: unknown[] } }>({ query: NODE, variables: { id: 'richmond/csp' } });
    expect(data!.node).toMatchObject({ id: 'richmond/csp', name: 'Richmond Community Safety Partnership', kind: 'Partnership' });
    expect(data!.node.aliases).toContain('Richmond CSP');
    expect(Array.isArray(data!.node.chairs)).toBe(true);
    // read from the normalised entity alone
    const cached = apollo.readQuery<{ node: Record<string, unknown> }>({ query: NODE, variables: { id: 'richmond/csp' } });
    expect(cached?.node).toMatchObject({ name: 'Richmond Community Safety Partnership', aliases: expect.arrayContaining(['Richmond CSP']) });
    expect((apollo.cache.extract() as Record<string, unknown>)['Partnership:richmond/csp']).toMatchObject({ name: 'Richmond Community Safety Partnership' });
    apollo.stop();
  });

  it('loses the interface fields without them, which is why the README hands them to the cache', async () => {
    const apollo = client(false);
    const { data } = await apollo.query<{ node: Record<string, unknown> | null }>({ query: NODE, variables: { id: 'richmond/csp' }, errorPolicy: 'all' });
    expect(data?.node?.chairs).toBeUndefined();
    apollo.stop();
  });
});
