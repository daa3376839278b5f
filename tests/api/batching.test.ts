// Resolvers ask per-request DataLoaders, which batch into one store call per nesting level:
// counted on the real seeded SQLite store through a recording proxy.
import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../server/graphql/loaders.js';
import { useSeededApi } from './support/api.js';
import { countingStore } from './support/counting.js';

const ctx = useSeededApi({ count: true });

const DEEP = /* GraphQL */ `
  query Deep($id: ID!) {
    node(id: $id) {
      ... on Partnership {
        bodies {
          name
          members {
            role
            organisation {
              name
              leads {
                action {
                  name
                  leads {
                    actor {
                      name
                      evidence {
                        quote
                        source {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const count = (method: string) => ctx.calls.filter((c) => c.method === method).length;

describe('batching', () => {
  it('costs one store call per nesting level for partnership > bodies > members > their actions > leads > evidence sources', async () => {
    ctx.calls.length = 0;
    const data = await ctx.api.data(DEEP, { id: 'richmond/csp' });

    // the query fans out at every level, so a resolver that called the store per parent would show
    const bodies = data.node.bodies;
    const members = bodies.flatMap((b: any) => b.members);
    const actions = members.flatMap((m: any) => m.organisation?.leads ?? []);
    const leads = actions.flatMap((a: any) => a.action.leads);
    const sources = new Set(leads.flatMap((l: any) => l.actor.evidence.map((e: any) => e.source.name)));
    expect(bodies.filter((b: any) => b.members.length > 0).length).toBeGreaterThan(5);
    expect(members.length).toBeGreaterThan(10);
    expect(actions.length).toBeGreaterThan(50);
    expect(leads.length).toBeGreaterThan(50);
    expect(sources.size).toBeGreaterThan(1);

    // levels that fetch: node, bodies (list), members, leads, leads (each lines + the nodes at
    // their far end), evidence sources. One call each at most (cached nodes cost none).
    expect(count('listNodes')).toBe(1);
    expect(count('expand')).toBe(3);
    expect(count('getNodes')).toBeLessThanOrEqual(5);
    expect(ctx.calls).toHaveLength(count('listNodes') + count('expand') + count('getNodes'));
    // a level's ids travel together: one expand carries every member organisation
    const expands = ctx.calls.filter((c) => c.method === 'expand');
    expect(expands[1].ids).toBeGreaterThan(5);
  });

  it('merges keys that differ in direction, types and date into one expand and splits the answer', async () => {
    const counted = countingStore(ctx.seeded.store);
    const loaders = createLoaders(counted.store);
    const [out, inn, both, dated] = await Promise.all([
      loaders.rels.load({ id: 'havering/dv-marac', direction: 'out', types: ['REPORTS_TO'] }),
      loaders.rels.load({ id: 'havering/csp', direction: 'in', types: ['REPORTS_TO', 'CHAIRS'] }),
      loaders.rels.load({ id: 'havering/csp', direction: 'both', types: ['MEMBER_OF'] }),
      loaders.rels.load({ id: 'havering/dv-marac', direction: 'out', types: ['REPORTS_TO'], asOf: '2030' }),
    ]);
    expect(counted.calls.map((c) => c.method)).toEqual(['expand']);

    const direct = async (q: Parameters<typeof ctx.seeded.store.expand>[0]) => (await ctx.seeded.store.expand(q)).map((r) => r.id).sort();
    const ids = (rels: { id: string }[]) => rels.map((r) => r.id).sort();
    expect(ids(out)).toEqual(await direct({ ids: ['havering/dv-marac'], direction: 'out', types: ['REPORTS_TO'] }));
    expect(ids(inn)).toEqual(await direct({ ids: ['havering/csp'], direction: 'in', types: ['REPORTS_TO', 'CHAIRS'] }));
    expect(ids(both)).toEqual(await direct({ ids: ['havering/csp'], direction: 'both', types: ['MEMBER_OF'] }));
    expect(ids(dated)).toEqual(await direct({ ids: ['havering/dv-marac'], direction: 'out', types: ['REPORTS_TO'], asOf: '2030' }));
    expect(out.length).toBeGreaterThan(0);
    expect(inn.some((r) => r.type === 'CHAIRS') && inn.some((r) => r.type === 'REPORTS_TO')).toBe(true);
    // the Havering plan runs 2017-2020: nothing holds in 2030
    expect(dated).toEqual([]);
  });

  it('loads the reporting chains of many bodies with one traverse', async () => {
    ctx.calls.length = 0;
    const data = await ctx.api.data(`{ bodies(first: 30, filter: { partnership: "havering/csp" }) { nodes { id reportingChain { id } } } }`);
    expect(data.bodies.nodes.length).toBeGreaterThan(10);
    expect(count('traverse')).toBe(1);
  });

  it('fetches the levels of a field asked for again on its lines\' nodes in one traverse, with the answer of one call per level', async () => {
    // `args(level)`: the arguments of each level; levels asked with other arguments are fetched one by one
    const field = (depth: number, args: (level: number) => string): string =>
      depth === 0 ? 'id name' : `id name ... on GovernanceBody { reportingBodies${args(depth)} { node { ${field(depth - 1, args)} } } }`;
    ctx.calls.length = 0;
    const deep = await ctx.api.data(`query($id: ID!) { node(id: $id) { ${field(3, () => '')} } }`, { id: 'havering/csp' });
    expect(count('traverse')).toBe(1);
    expect(count('expand')).toBe(0);
    ctx.calls.length = 0;
    const oneByOne = await ctx.api.data(`query($id: ID!, $x1: String, $x2: String, $x3: String) { node(id: $id) { ${field(3, (l) => `(asOf: $x${l})`)} } }`, { id: 'havering/csp' });
    expect(count('traverse')).toBe(0);
    // one per level that has bodies (the third has none left to ask about)
    expect(count('expand')).toBe(2);
    expect(deep).toEqual(oneByOne);
    const bodies = (n: any): number => (n.reportingBodies ?? []).reduce((k: number, l: any) => k + 1 + bodies(l.node), 0);
    expect(bodies(deep.node)).toBeGreaterThan(20);
  });
});
